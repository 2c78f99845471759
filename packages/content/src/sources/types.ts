export type QueryParams = Record<string, unknown>

/** Where content comes from. Everything above this interface is shared by both sources. */
export interface ContentSource {
  readonly name: 'embedded' | 'sanity'
  fetch(query: string, params?: QueryParams): Promise<unknown>
  /**
   * Optional: a cheap token that changes whenever the content may have (the embedded dataset file's mtime and size),
   * for caches that cannot wait for a webhook; null when it cannot be told. A source without it (the Content Lake)
   * tells its changes through the webhook.
   */
  version?(): string | null
  /**
   * Optional: the answer of `searchQuery` ({total, items}) from the source's own full-text index (the
   * embedded source), without scanning every article. `hitsQuery` projects the hits, by `$ids`, and
   * may only dereference, not query. Without this method `searchQuery` runs as GROQ.
   */
  searchArticles?(
    terms: string[],
    options: { offset: number; limit: number; hitsQuery: string },
  ): Promise<{ total: number; items: unknown[] }>
}
