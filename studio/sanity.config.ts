import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { studioEnv } from './env'
import { schemaTypes } from './schemaTypes'
import { newDocumentOptions, singletonActions, structure, templates } from './structure'

const { projectId, dataset, apiVersion } = studioEnv()

export default defineConfig({
  name: 'default',
  title: 'Blog Studio',
  projectId,
  dataset,
  plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: apiVersion })],
  schema: { types: schemaTypes, templates },
  document: { newDocumentOptions, actions: singletonActions },
})
