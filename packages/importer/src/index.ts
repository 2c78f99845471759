export { main, USAGE, type CliIo } from './cli.ts'
export { buildDocuments, articleIdFor, type ImportedDocument, type Lookup, type BuildOptions } from './documents.ts'
export { ImportError } from './errors.ts'
export { copyImages, readDataset, writeDataset, type Dataset } from './files.ts'
export {
  importPosts,
  type FileResult,
  type ImportItem,
  type ImportOptions,
  type ImportResult,
  type ImportSummary,
} from './import-posts.ts'
export { parsePost, type ParsedPost } from './parse-post.ts'
export { markdownToBody, textBlock } from './portable-text.ts'
export { createSanityTarget, sanityOptionsFromEnv, type SanityTarget, type SanityTargetOptions } from './sanity.ts'
export { validateDocument } from './validate.ts'
export { mergeDocument, WorkingSet, type ChangeStatus } from './working-set.ts'
export { collectItems, type CollectedItems, type ItemOptions } from './items.ts'
export { buildSourceDocuments, sourceArticleId } from './source-documents.ts'
export type { SourceExport, SourcePost, SourceAuthor, SourceCategory, SourceImage } from './sources/types.ts'
