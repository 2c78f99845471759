/**
 * What the command line names -> the posts to import: post files (.txt, .md) and folders of them, WordPress WXR
 * exports (.xml) and Ghost JSON exports (.json). Every source ends as a list of `ImportItem`s with a label that names
 * the file and, for exports, the item.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Media } from './article-parts.ts'
import { articleIdFor, buildDocuments } from './documents.ts'
import { ImportError, SkipItem } from './errors.ts'
import { readText, type ImportItem } from './import-posts.ts'
import { parsePost } from './parse-post.ts'
import { buildSourceDocuments, oldPathIndex, sourceArticleId } from './source-documents.ts'
import { withFreeSlugs } from './source-slugs.ts'
import { readGhost } from './sources/ghost.ts'
import type { ReadOptions, SourceExport, SourcePost } from './sources/types.ts'
import { readWxr } from './sources/wxr.ts'
import type { WorkingSet } from './working-set.ts'

const POST_FILE = /\.(txt|md|markdown)$/i
const EXPORT_FILE = /\.(xml|json)$/i

export interface ItemOptions extends ReadOptions {
  /** ISO date-time for posts without a date (`--date`). */
  date?: string
  media: Media
}

export interface CollectedItems {
  items: ImportItem[]
  /**
   * The article ids the items will produce, so a Sanity target fetches those articles and nothing more. Worked out
   * only when asked: it reads and parses every post file once more, which a dataset target does not need.
   */
  plannedIds(): string[]
  /** The exports read: where --fetch-media learns the old site's hosts and the images to fetch. */
  sources: SourceExport[]
}

function attempt<T>(make: () => T): T[] {
  try {
    return [make()]
  } catch {
    return [] // reported with its reason when the item is imported
  }
}

const plannedFileId = (file: string) => attempt(() => articleIdFor(parsePost(file, readFileSync(file, 'utf8'))))

/** `posts/2019/hill-repeats.md` under `posts/` -> `/2019/hill-repeats`; an `index.md` stands for its folder. */
function pathUnder(root: string, file: string): string | undefined {
  const relative = path.relative(root, file).split(path.sep).join('/')
  const withoutExtension = relative.replace(/\.(md|markdown)$/i, '').replace(/(^|\/)_?index$/i, '')
  return withoutExtension ? `/${withoutExtension}` : undefined
}

function fileItem(file: string, root: string | undefined, options: ItemOptions): ImportItem {
  return {
    label: file,
    async build(target: WorkingSet) {
      const post = parsePost(file, await readText(file))
      if (post.draft) throw new SkipItem('a draft (front matter "draft: true"): not published on the old site')
      const filePath = root && post.format === 'md' ? pathUnder(root, file) : undefined
      const { documents, notes } = await buildDocuments(post, target, {
        ...(options.date ? { date: options.date } : {}),
        media: options.media,
        ...(filePath ? { oldUrls: [filePath] } : {}),
      })
      return { documents, notes: [...post.notes, ...notes] }
    },
  }
}

/** The posts of one export, plus its skipped items (reported with their reason). */
function exportItems(source: SourceExport, options: ItemOptions): ImportItem[] {
  let planned: SourcePost[] | undefined
  let articleByOldPath: Map<string, string> | undefined
  const name = path.basename(source.file)
  return [
    ...source.posts.map((original, index): ImportItem => ({
      label: original.label,
      build: async (target) => {
        // Built on first use, from the target as it was before this export: slugs its articles already hold are
        // taken, and links between its posts and to articles already there become internal references.
        planned ??= withFreeSlugs(source.posts, target.all())
        articleByOldPath ??= oldPathIndex(planned, target.all())
        const post = planned[index] ?? original
        const withDate = post.publishedAt || !options.date ? post : { ...post, publishedAt: options.date }
        return buildSourceDocuments(withDate, { source, lookup: target, media: options.media, articleByOldPath })
      },
    })),
    ...source.skipped.map((item): ImportItem => ({
      label: item.label.startsWith(name) ? item.label : `${name}, ${item.label}`,
      skip: item.reason,
      build: () => Promise.reject(new Error('skipped')),
    })),
  ]
}

async function readExport(file: string, options: ReadOptions): Promise<SourceExport> {
  return /\.xml$/i.test(file) ? readWxr(file, options) : readGhost(file, options)
}

/**
 * Items for everything named on the command line, in order; a name that is not a post, a folder or an export is
 * reported as a failed item, as is an export that cannot be read (nothing of it is imported).
 */
export async function collectItems(inputs: string[], options: ItemOptions): Promise<CollectedItems> {
  const items: ImportItem[] = []
  const files: string[] = []
  const sources: SourceExport[] = []
  const failed = (label: string, message: string): ImportItem => ({
    label,
    build: () => Promise.reject(new ImportError(message)),
  })
  for (const input of inputs) {
    if (!existsSync(input)) items.push(failed(input, 'no such file or folder'))
    else if (statSync(input).isDirectory()) {
      for (const file of walk(input)) {
        items.push(fileItem(file, input, options))
        files.push(file)
      }
    } else if (POST_FILE.test(input)) {
      items.push(fileItem(input, undefined, options))
      files.push(input)
    } else if (EXPORT_FILE.test(input)) {
      try {
        const source = await readExport(input, options)
        sources.push(source)
        items.push(...exportItems(source, options))
      } catch (error) {
        if (!(error instanceof ImportError)) throw error
        items.push(failed(input, error.message))
      }
    } else
      items.push(
        failed(
          input,
          'not something the importer reads: .txt and .md posts, folders of them, a WordPress export (.xml) or a Ghost export (.json)',
        ),
      )
  }
  return {
    items,
    sources,
    plannedIds: () => [
      ...files.flatMap(plannedFileId),
      ...sources.flatMap((source) =>
        withFreeSlugs(source.posts, []).flatMap((post) => attempt(() => sourceArticleId(post))),
      ),
    ],
  }
}

function walk(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory() && !entry.name.startsWith('.')) files.push(...walk(full))
    else if (entry.isFile() && POST_FILE.test(entry.name)) files.push(full)
  }
  return files
}
