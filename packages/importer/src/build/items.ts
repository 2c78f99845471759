/**
 * The sources read -> the items to import, one per post (and one per skipped or failed thing, reported in its place).
 * Each item builds its post's documents against the target when the apply stage takes it, so later posts see
 * earlier ones.
 */
import path from 'node:path'
import { ImportError } from '../errors.ts'
import { readSources } from '../sources/read.ts'
import type { ReadOptions, SourceExport, SourcePost } from '../sources/types.ts'
import type { ImportItem, Media } from '../types.ts'
import { buildArticle } from './article.ts'
import { articleId } from './ids.ts'
import { oldPathIndex, withFreeSlugs } from './slugs.ts'

export interface ItemOptions extends ReadOptions {
  /** ISO date-time for posts without a date (`--date`). */
  date?: string
  media: Media
}

export interface CollectedItems {
  items: ImportItem[]
  /** The article ids the items will produce, so a Sanity target fetches those articles and nothing more. */
  plannedIds(): string[]
  /** The exports read: where --fetch-media learns the old site's hosts and the images to fetch. */
  sources: SourceExport[]
}

/**
 * An export's posts are identified by their old addresses, so a taken slug gets `-2` (slugs.ts); a post file is
 * identified by its slug, so importing it again updates its article.
 */
const isExport = (source: SourceExport) => source.format === 'wxr' || source.format === 'ghost'

function attempt<T>(make: () => T): T[] {
  try {
    return [make()]
  } catch {
    return [] // reported with its reason when the item is imported
  }
}

/** The posts of one source, plus its skipped items (reported with their reason). */
function sourceItems(source: SourceExport, options: ItemOptions): ImportItem[] {
  let planned: SourcePost[] | undefined
  let articleByOldPath: Map<string, string> | undefined
  const name = path.basename(source.file)
  return [
    ...source.posts.map((original, index): ImportItem => ({
      label: original.label,
      build: async (target) => {
        // Built on first use, from the target as it was before this export: slugs its articles already hold are
        // taken, and links between its posts and to articles already there become internal references.
        planned ??= isExport(source) ? withFreeSlugs(source.posts, target.all()) : source.posts
        articleByOldPath ??= isExport(source) ? oldPathIndex(planned, target.all()) : new Map()
        const post = planned[index] ?? original
        const withDate = post.publishedAt || !options.date ? post : { ...post, publishedAt: options.date }
        return buildArticle(withDate, { source, lookup: target, media: options.media, articleByOldPath })
      },
    })),
    ...source.skipped.map((item): ImportItem => ({
      label: item.label.startsWith(name) || item.label === source.file ? item.label : `${name}, ${item.label}`,
      skip: item.reason,
      build: () => Promise.reject(new Error('skipped')),
    })),
  ]
}

/**
 * Items for everything named on the command line, in order; a name that is not a post, a folder or an export is
 * reported as a failed item, as is a post file or an export that cannot be read (nothing of it is imported).
 */
export async function collectItems(inputs: string[], options: ItemOptions): Promise<CollectedItems> {
  const read = await readSources(inputs, options)
  const items = read.flatMap((source) =>
    'failed' in source
      ? [{ label: source.label, build: () => Promise.reject(new ImportError(source.failed)) }]
      : sourceItems(source, options),
  )
  const sources = read.filter((source): source is SourceExport => !('failed' in source))
  return {
    items,
    sources: sources.filter(isExport),
    plannedIds: () =>
      sources.flatMap((source) =>
        (isExport(source) ? withFreeSlugs(source.posts, []) : source.posts).flatMap((post) =>
          attempt(() => articleId(post)),
        ),
      ),
  }
}
