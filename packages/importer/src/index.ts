/** The importer's stages, in the order they run: sources/ -> build/ -> apply/ -> write/ (README.md tells each). */
export { main, USAGE, type CliIo } from './cli.ts'
export { ImportError } from './errors.ts'
export type { ChangeStatus, ImportedDocument, ImportItem, Lookup, Media, StoredDocumentLike, Target } from './types.ts'
export { readSources, readText, type ReadSource } from './sources/read.ts'
export { readPostFile, sourcePostOf } from './sources/post-file.ts'
export { parsePost, type ParsedPost } from './sources/parse-post.ts'
export type { SourceExport, SourcePost, SourceAuthor, SourceCategory, SourceImage } from './sources/types.ts'
export { buildArticle, type BuildContext } from './build/article.ts'
export { articleId } from './build/ids.ts'
export { collectItems, type CollectedItems, type ItemOptions } from './build/items.ts'
export { markdownToBody, textBlock } from './build/portable-text.ts'
export {
  importPosts,
  type FileResult,
  type ImportOptions,
  type ImportResult,
  type ImportSummary,
} from './apply/import-posts.ts'
export { validateDocument } from './apply/validate.ts'
export { mergeDocument, WorkingSet } from './apply/working-set.ts'
export { copyImages, readDataset, writeDataset, type Dataset } from './write/dataset.ts'
export {
  createSanityTarget,
  sanityOptionsFromEnv,
  type SanityTarget,
  type SanityTargetOptions,
} from './write/sanity.ts'
