/** Calls `listener` with the tags expired elsewhere, or `null` when what was missed is unknown. */
export function onTagsExpired(listener: (tags: string[] | null) => void): () => void
export function tagsExpired(tags: string[] | null): void
