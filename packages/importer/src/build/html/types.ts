/** What the HTML body converter takes and gives; a leaf, so its steps and its callers share it without a cycle. */

/** Addresses as written in the post; the import stores each (media/setup.ts) or leaves the block out. */
export interface PendingFiles {
  file: string
  captions?: string
  poster?: string
}

export interface HtmlToBodyOptions {
  /** Keys are stableKey(keyPrefix, 'body', n…) from ../../text.ts: the same HTML gives the same _keys on every run (re-imports must report "unchanged"). block-tools makes random keys: replace them. */
  keyPrefix: string
  /** The old site's address (e.g. https://old.example.com): its absolute links and images are the site's own. */
  siteUrl?: string
  /** For links to posts of the same import: returns the article _id, and the link becomes an `internalLink` mark ({ _type: 'internalLink', _key, reference: { _type: 'reference', _ref } }) instead of `link`. */
  resolveLink?: (href: string) => string | undefined
  /** WordPress attachment id → image URL, to expand `[gallery ids="12,13"]`. */
  attachments?: Record<string, string>
  /** Classic-editor WordPress posts: text without <p> tags is split into paragraphs as WordPress's auto-paragraphing does (blank line = paragraph, single newline = line break). Default: true when the HTML has no block-level tags at all; the WXR reader passes true for non-Gutenberg posts. */
  autoParagraphs?: boolean
  /** WordPress posts: a provider's address alone on a line is an embed, as WordPress's oEmbed showed it. */
  embedBareUrls?: boolean
}

export interface BodyImage {
  key: string
  url: string
}

/** The files of an audio or video block, by its final `_key`. */
export type BodyFiles = PendingFiles & { key: string }
