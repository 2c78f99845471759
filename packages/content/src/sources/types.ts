export type QueryParams = Record<string, unknown>

/** Where content comes from. Everything above this interface is shared by both sources. */
export interface ContentSource {
  readonly name: 'embedded' | 'sanity'
  fetch(query: string, params?: QueryParams): Promise<unknown>
}
