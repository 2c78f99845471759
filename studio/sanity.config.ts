import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { articleActions } from './actions/keep-previous-slug'
import { studioEnv } from './env'
import { locations, mainDocuments } from './presentation/locations'
import { schemaTypes } from './schemaTypes'
import { newDocumentOptions, singletonActions, structure, templates } from './structure'

const { projectId, dataset, apiVersion, previewUrl } = studioEnv()

export default defineConfig({
  name: 'default',
  title: 'Blog Studio',
  projectId,
  dataset,
  plugins: [
    structureTool({ structure }),
    // Previews the blog in draft mode: the site's /api/draft-mode/enable checks the secret this creates.
    presentationTool({
      previewUrl: { origin: previewUrl, previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' } },
      resolve: { locations, mainDocuments },
    }),
    visionTool({ defaultApiVersion: apiVersion }),
  ],
  schema: { types: schemaTypes, templates },
  document: { newDocumentOptions, actions: (previous, context) => articleActions(singletonActions(previous, context), context) },
})
