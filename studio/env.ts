/**
 * The Studio's only reader of process.env. In the browser bundle the CLI replaces each literal
 * `process.env.SANITY_STUDIO_*` at build time, so keep these accesses spelled out.
 * The placeholders let `sanity build` and `sanity schema validate` run without a Sanity account.
 */
export const PLACEHOLDER_PROJECT_ID = 'placeholder'

export function studioEnv() {
  return {
    projectId: process.env.SANITY_STUDIO_PROJECT_ID || PLACEHOLDER_PROJECT_ID,
    dataset: process.env.SANITY_STUDIO_DATASET || 'production',
    apiVersion: process.env.SANITY_STUDIO_API_VERSION || '2025-02-19',
    /** The blog, previewed in draft mode by the Presentation tool. */
    previewUrl: process.env.SANITY_STUDIO_PREVIEW_URL || 'http://localhost:3000',
    /** No project id: the Studio works on the local lake (packages/local-lake), as the local editor. */
    local: !process.env.SANITY_STUDIO_PROJECT_ID,
    lakeUrl: process.env.SANITY_STUDIO_LAKE_URL || 'http://127.0.0.1:3030',
  }
}
