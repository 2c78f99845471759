/**
 * The types the stages share (sources/ -> build/ -> apply/ -> write/, with media/ beside build/). A leaf: it imports
 * nothing of the importer, so every stage can name them without importing another stage (type-only cycles included).
 * The neutral post shape the sources are read into is in sources/types.ts, also a leaf.
 */
import type { ArticleDocument, AuthorDocument, BookDocument, CategoryDocument } from '@blog/schemas'

/** Any document of a dataset or project, as far as the importer needs to know it. */
export type StoredDocumentLike = { _id: string; _type: string; [field: string]: unknown }

/** The documents the builder makes itself; assets and categories come as StoredDocumentLike. */
export type ImportedDocument = ArticleDocument | AuthorDocument | BookDocument

export type ChangeStatus = 'created' | 'updated' | 'unchanged'

/** What the documents are matched against: the dataset (or project) being imported into. */
export interface Lookup {
  findAuthor(name: string): AuthorDocument | undefined
  findBook(title: string): BookDocument | undefined
  /** Existing categories, by title or slug. */
  findCategory(title: string): CategoryDocument | undefined
}

/** The target as the build stage sees it: lookups, plus every document for indexes built once (old addresses). */
export interface Target extends Lookup {
  all(): Iterable<StoredDocumentLike>
}

/** Where an image address was found: the post file (relative paths) and the old site (its own absolute URLs). */
export interface ImageSource {
  postFile?: string
  siteUrl?: string
}

/** A stored asset (its id, and its document when it goes into the dataset with the article), or why it is missing. */
export type StoredAsset = { assetId: string; document?: StoredDocumentLike } | { missing: string }

/** What the article's images, audio and video are stored through (see media/). */
export interface Media {
  /** Stores the image a post refers to; a missing one is a note, never a failure. */
  image(url: string, from: ImageSource): Promise<StoredAsset>
  /** The same for an audio, video or captions file; without it they are left out with a note. */
  file?(url: string, from: ImageSource): Promise<StoredAsset>
  /** Whether an asset id was stored by this run (a Sanity upload is not in the working set). */
  has(assetId: string): boolean
}

/** What building one post gathers besides its own documents: asset and category documents, and notes. */
export interface Collected {
  documents: StoredDocumentLike[]
  notes: string[]
}

/** One post to import: a file, or an item of an export. */
export interface ImportItem {
  label: string
  /** Set for items that are reported and not imported (drafts, pages, private posts). */
  skip?: string
  /** The documents the item becomes, matched against the target; throws ImportError when it cannot be imported. */
  build(target: Target): Promise<{ documents: StoredDocumentLike[]; notes: string[] }>
}

/** A media address the posts refer to, found before the import so `--fetch-media` can fetch a few at a time. */
export interface PlannedImage {
  url: string
  /** The site of the export that refers to it, for `__GHOST_URL__` and site-relative addresses. */
  siteUrl?: string
  /** 'file' for audio, video and captions; images by default. */
  kind?: 'image' | 'file'
}
