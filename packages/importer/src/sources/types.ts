/**
 * What every source (a WordPress WXR export, a Ghost JSON export, a Markdown or text file) is read into before
 * documents are built: one neutral shape, so one builder (build/article.ts) makes every article, author and book, and
 * categories, images, titles, tags and old addresses are handled once for all of them. A leaf: it imports nothing.
 */

/** An image a post refers to, by the address it had on the old site (absolute, site-relative or relative to the post). */
export interface SourceImage {
  url: string
  alt?: string
  caption?: string
}

export interface SourceAuthor {
  /** How the export names the author in its posts: WordPress login, Ghost id, Markdown author name. */
  key: string
  name: string
  email?: string
  /** Plain text; paragraphs separated by blank lines. */
  bio?: string
  website?: string
  /** The author's blog, from a post's closing line ("view his blog at <url>"). */
  blog?: string
  image?: SourceImage
}

export interface SourceCategory {
  title: string
  slug?: string
  description?: string
  /** Title of the parent category in the export; the model has no nesting, so this is reported, not stored. */
  parent?: string
}

export type SourceBody =
  | { kind: 'html'; html: string }
  | { kind: 'markdown'; markdown: string }
  /** A plain-text post: its paragraphs, bare URLs in them become links. */
  | { kind: 'text'; paragraphs: string[] }

export interface SourcePost {
  /** Names the item in messages: `export.xml, item 12 "Hill repeats"`. */
  label: string
  /** The file the post was read from (Markdown, text): where its relative image paths start. */
  file?: string
  /** The id the old platform gave the post (WordPress post id, Ghost id), when it had one. */
  sourceId?: string
  title: string
  /** As the old site (or the front matter) had it, percent-decoded by the reader; build/ids.ts makes it safe. */
  slug?: string
  /** ISO date-time. */
  publishedAt?: string
  body: SourceBody
  excerpt?: string
  /** Category titles, as in the export's `categories`. */
  categories: string[]
  tags: string[]
  author?: SourceAuthor
  /** The publication the post was written for ("Written by <name> for <publication>"). */
  publication?: string
  /** A book the post's closing line promotes ("Read <name>'s book: <title>"), with its author. */
  book?: { title: string; author: SourceAuthor }
  coverImage?: SourceImage
  /**
   * How to read an HTML body. `autoParagraphs`: blank lines separate paragraphs, as in WordPress's classic editor,
   * which stores posts without `<p>` tags; false for block-editor (Gutenberg) posts and for Ghost. `embedBareUrls`:
   * WordPress showed a provider's address alone on a line as the video or post (oEmbed).
   */
  html?: { autoParagraphs: boolean; embedBareUrls?: boolean }
  /** The addresses the post had (absolute URLs or paths); stored normalised in `oldPaths`. */
  oldUrls: string[]
  /** What was dropped or changed on the way, in the words of a message to the user. */
  notes: string[]
}

/** An item the source holds but that is not imported (a draft, a private post, a page, an attachment). */
export interface SkippedItem {
  label: string
  reason: string
}

/** What the user chose to take from an export (command-line flags). */
export interface ReadOptions {
  /**
   * Import password-protected and members-only posts (`--include-protected`). Off by default: on the new blog they
   * would be public, which their authors did not choose.
   */
  includeProtected?: boolean
}

export interface SourceExport {
  /** An export holds many posts; a Markdown or text file is a source of one post. */
  format: 'wxr' | 'ghost' | 'markdown' | 'text'
  file: string
  /** The old site's address (`<link>` of a WXR channel, Ghost's site url), to tell its own links from others. */
  siteUrl?: string
  posts: SourcePost[]
  authors: SourceAuthor[]
  categories: SourceCategory[]
  skipped: SkippedItem[]
  /**
   * WordPress attachments: post id -> file address (`wp:attachment_url`), for images a post names by attachment id
   * (`[gallery ids="40,41"]`, `wp-image-40`) rather than by address.
   */
  attachments?: Record<string, string>
}
