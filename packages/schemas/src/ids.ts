/**
 * Sanity's document ids: a draft is `drafts.<id>`, a release version `versions.<release>.<id>`; everything else is
 * published. The one rule for the content sources, the lake, the importer and the dataset scripts.
 */

/** Neither a draft nor a release version: what the published perspective, and Sanity's webhooks, see. */
export const isPublishedId = (id: unknown): id is string =>
  typeof id === 'string' && !id.startsWith('drafts.') && !id.startsWith('versions.')

/** The id of the published document a draft or release version belongs to (a published id is its own). */
export const publishedId = (id: string): string => id.replace(/^drafts\./, '').replace(/^versions\.[^.]+\./, '')
