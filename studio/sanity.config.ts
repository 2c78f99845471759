import { codeInput } from '@sanity/code-input'
import { table } from '@sanity/table'
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { articleActions } from './actions/keep-previous-slug'
import { studioEnv } from './env'
import { localLakeAuth, localLakeOptions } from './local-lake'
import { locations, mainDocuments } from './presentation/locations'
import { goLiveActions } from './scheduling/publish-go-live'
import { articleBadges } from './scheduling/scheduled-badge'
import { schemaTypes } from './schemaTypes'
import { newDocumentOptions, singletonActions, structure, templates } from './structure'

const { projectId, dataset, apiVersion, previewUrl, local, lakeUrl } = studioEnv()

export default defineConfig({
  name: 'default',
  title: 'Blog Studio',
  projectId,
  dataset,
  plugins: [
    structureTool({ structure }),
    // Previews the blog in draft mode: the site's /api/draft-mode/enable checks the secret this creates.
    presentationTool({
      previewUrl: {
        origin: previewUrl,
        previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' },
      },
      resolve: { locations, mainDocuments },
    }),
    visionTool({ defaultApiVersion: apiVersion }),
    // The table and code types of the article body, with their inputs (schemaTypes/objects/plugin-types.ts).
    table(),
    codeInput(),
  ],
  schema: { types: schemaTypes, templates },
  ...(local ? { ...localLakeOptions, auth: localLakeAuth({ lakeUrl, projectId, dataset, apiVersion }) } : {}),
  document: {
    newDocumentOptions,
    actions: (previous, context) =>
      goLiveActions(articleActions(singletonActions(previous, context), context), context),
    badges: articleBadges,
    // Comments live in Sanity's hosted service; the local lake has none.
    ...(local ? { comments: { enabled: false } } : {}),
  },
})
