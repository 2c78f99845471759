import { createContent, createEmbeddedSource } from '@blog/content'
import { SAMPLE_DATASET } from '@blog/sample-content'

export const TEST_SITE_URL = 'https://blog.example'

/**
 * jest.mock factory for '@/lib/content' backed by the real content layer on the sample dataset,
 * without Next's cache: route tests assert on what the site really serves.
 */
export function sampleContentModule() {
  const content = createContent({ source: createEmbeddedSource({ datasetPath: SAMPLE_DATASET }) })
  return {
    ...content,
    searchArticles: (query: unknown) => content.search(query),
  }
}

/** jest.mock factory for '@/lib/env': the real configuration, with the site at TEST_SITE_URL. */
export function testSiteEnvModule() {
  const { env } = jest.requireActual('@/lib/env')
  return { env: { ...env, siteUrl: TEST_SITE_URL } }
}
