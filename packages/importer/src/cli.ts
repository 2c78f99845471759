import { existsSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ImportError } from './errors.ts'
import { copyImages, readDataset, writeDataset, type Dataset } from './write/dataset.ts'
import { toPublishedAt } from './sources/front-matter.ts'
import { documentChanges, importPosts, type FileResult, type ImportOptions } from './apply/import-posts.ts'
import { collectItems } from './build/items.ts'
import { openMedia, type MediaSetup } from './media/setup.ts'
import { siteMediaHosts } from './media/hosts.ts'
import { plannedImages } from './build/planned-media.ts'
import { fetchProgressLine, fetchSummary } from './media/progress.ts'
import { createSanityTarget, sanityOptionsFromEnv, type SanityTarget } from './write/sanity.ts'
import { siteHost } from './text.ts'
import { WorkingSet } from './apply/working-set.ts'

export const USAGE = `Usage: npm run import -- <files, folders or exports...> [options]

Imports posts as articles with their authors, categories, books, images, audio and video:
  .txt and .md posts (folders are searched), a WordPress export (.xml, Tools -> Export)
  and a Ghost export (.json, Settings -> Labs -> Export).

  --out <file.ndjson>   dataset to write; an existing file is updated in place
  --base <file.ndjson>  start from this dataset and write the result to --out (the base is not changed);
                        its images/ and files/ folders are copied next to --out
  --to-sanity           write to the Sanity project instead (SANITY_PROJECT_ID, SANITY_DATASET,
                        SANITY_API_WRITE_TOKEN, SANITY_API_VERSION; the root .env is read)
  --media <folder>      where the images, audio and video are: a copy of wp-content/uploads, of Ghost's
                        content/ (or content/images), or the folder beside Markdown posts
  --fetch-media         fetch the images, audio, video and captions --media does not have from the old
                        site's own hosts
  --media-host <host>   also fetch media from this host (repeat for more)
  --date <date>         publish date for posts without one (YYYY-MM-DD or ISO date-time)
  --include-protected   also import password-protected WordPress posts and Ghost posts for members only
                        (skipped by default: on the blog they would be public)
  --dry-run             read, convert and validate; write nothing
  -h, --help            show this help`

export interface CliIo {
  /** Where relative paths start (npm sets INIT_CWD to the caller's directory). */
  cwd: string
  env: NodeJS.ProcessEnv
  out: (line: string) => void
  err: (line: string) => void
  now?: () => Date
  /** Set on a terminal: progress is one bar, rewritten in place, instead of a block of lines per post. */
  tty?: { write: (text: string) => void; columns?: number }
}

const STATUS_WIDTH = 9

function report(result: FileResult, index: number, total: number, io: CliIo) {
  io.out(`[${index + 1}/${total}] ${result.file}`)
  for (const change of result.changes)
    io.out(`  ${change.status.padEnd(STATUS_WIDTH)} ${change._type.padEnd(7)} ${change._id}`)
  if (result.skipped) io.out(`  skipped: ${result.skipped}`)
  for (const note of result.notes) io.out(`  note: ${note}`)
  if (result.error) io.err(`  failed: ${result.error}`)
}

/** On a terminal: a bar, with the posts that have something to say printed above it. */
function progress(io: CliIo) {
  const tty = io.tty
  if (!tty) return { item: (result: FileResult, i: number, total: number) => report(result, i, total, io), done() {} }
  let shown = false
  const clear = () => shown && tty.write('\r\x1b[2K')
  return {
    item(result: FileResult, index: number, total: number) {
      if (result.error || result.notes.length || result.skipped) {
        clear()
        shown = false
        report(result, index, total, io)
      }
      const width = 30
      const filled = Math.round(((index + 1) / total) * width)
      const label = result.file.length > 40 ? `…${result.file.slice(-39)}` : result.file
      tty.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${index + 1}/${total} ${label}`)
      shown = true
    },
    done: () => clear(),
  }
}

const TYPE_NAMES: Record<string, string> = { 'sanity.imageAsset': 'image', 'sanity.fileAsset': 'file' }

/** Created, updated and unchanged documents per type, as a table. */
export function summaryTable(results: FileResult[]): string[] {
  const counts = new Map<string, Record<'created' | 'updated' | 'unchanged', number>>()
  for (const { _type, status } of documentChanges(results).values()) {
    const type = TYPE_NAMES[_type] ?? _type
    const row = counts.get(type) ?? { created: 0, updated: 0, unchanged: 0 }
    row[status] += 1
    counts.set(type, row)
  }
  const order = ['article', 'author', 'category', 'book', 'image', 'file']
  const types = [...counts.keys()].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
  const cell = (value: string | number, width: number) => String(value).padStart(width)
  const lines = [`  ${'document'.padEnd(10)}${cell('created', 9)}${cell('updated', 9)}${cell('unchanged', 11)}`]
  for (const type of types) {
    const row = counts.get(type) as Record<string, number>
    lines.push(
      `  ${type.padEnd(10)}${cell(row.created ?? 0, 9)}${cell(row.updated ?? 0, 9)}${cell(row.unchanged ?? 0, 11)}`,
    )
  }
  const skipped = results.filter((r) => r.skipped)
  const reasons = new Map<string, number>()
  for (const r of skipped) {
    const reason = (/^[^:,(]*/.exec(r.skipped ?? '')?.[0] ?? '').trim()
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
  }
  lines.push(
    '',
    `  posts: ${results.filter((r) => r.ok).length} imported, ${skipped.length} skipped` +
      (reasons.size ? ` (${[...reasons].map(([reason, n]) => `${n} ${reason}`).join(', ')})` : '') +
      `, ${results.filter((r) => r.error).length} failed`,
  )
  return lines
}

/** Runs the importer; resolves to the process exit code (0 when every file was imported). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let args
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        base: { type: 'string' },
        'to-sanity': { type: 'boolean', default: false },
        date: { type: 'string' },
        media: { type: 'string' },
        'fetch-media': { type: 'boolean', default: false },
        'media-host': { type: 'string', multiple: true, default: [] },
        'include-protected': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  const { values, positionals } = args
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  const dryRun = values['dry-run']
  const toSanity = values['to-sanity']
  const usage = (message: string) => (io.err(`${message}\n\n${USAGE}`), 2)
  if (positionals.length === 0) return usage('Name at least one post, folder or export.')
  if (toSanity && (values.out || values.base)) return usage('--to-sanity writes to Sanity: leave out --out and --base.')
  if (values.base && !values.out && !dryRun) return usage('--base needs --out: the base dataset is never changed.')
  if (!toSanity && !values.out && !dryRun)
    return usage('Choose where to write: --out <file.ndjson>, --to-sanity, or --dry-run.')

  const resolve = (p: string) => path.resolve(io.cwd, p)
  let date: string | undefined
  try {
    date = values.date ? toPublishedAt(values.date, '--date') : undefined
  } catch (error) {
    return usage((error as ImportError).message)
  }

  const out = values.out ? resolve(values.out) : undefined
  const basePath = values.base ? resolve(values.base) : out && existsSync(out) ? out : undefined
  const mediaDir = values.media ? resolve(values.media) : undefined
  if (mediaDir && !(existsSync(mediaDir) && statSync(mediaDir).isDirectory()))
    return usage(`--media ${values.media}: no such folder`)
  const mediaHosts = new Set<string>()
  for (const host of values['media-host']) {
    const name = siteHost(/^https?:\/\//i.test(host) ? host : `https://${host}`)
    if (!name) return usage(`--media-host ${host}: not a host name`)
    mediaHosts.add(name)
  }
  if (mediaHosts.size && !values['fetch-media']) return usage('--media-host is for --fetch-media.')
  const fetchLine = fetchProgressLine(io.tty)
  let base: Dataset = { lines: [], documents: [] }
  let sanity: SanityTarget | undefined
  let collected
  let media: MediaSetup
  try {
    if (basePath) base = readDataset(basePath)
    if (toSanity) {
      const options = sanityOptionsFromEnv(io.env)
      if ('missing' in options)
        throw new Error(`--to-sanity needs ${options.missing.join(', ')} (set them in the root .env)`)
      sanity = createSanityTarget(options)
    }
    media = openMedia({
      mediaDir,
      dryRun,
      ...(sanity ? { sanity } : out ? { dataset: out } : {}),
      existing: base.documents,
      ...(values['fetch-media']
        ? {
            fetch: {
              hosts: mediaHosts,
              // Beside the dataset, its images/ and files/ hold the fetched files; Sanity keeps none on this machine.
              cacheDir: out ? path.dirname(out) : path.join(tmpdir(), 'blog-importer-media'),
              onProgress: fetchLine.update,
            },
          }
        : {}),
    })
    collected = await collectItems(positionals.map(resolve), {
      ...(date ? { date } : {}),
      media,
      includeProtected: values['include-protected'],
    })
    if (sanity) base = { lines: [], documents: await sanity.existing(collected.plannedIds()) }
    for (const host of siteMediaHosts(collected.sources)) mediaHosts.add(host)
    const fetched = await media.prefetch(plannedImages(collected.sources))
    fetchLine.done()
    if (fetched) io.out(fetchSummary(fetched, dryRun))
  } catch (error) {
    io.err((error as Error).message)
    return 1
  }

  const target = new WorkingSet(base.documents)
  const shown = progress(io)
  const options: ImportOptions = {
    items: collected.items,
    target,
    existsElsewhere: (id) => media.has(id),
    ...(io.now ? { now: io.now } : {}),
    ...(sanity && !dryRun ? { commit: (docs) => (sanity as SanityTarget).commit(docs) } : {}),
    onFile: (result, i, total) => shown.item(result, i, total),
  }
  const { changed, summary, files: results } = await importPosts(options)
  shown.done()
  const failed = summary.failed

  io.out('')
  for (const line of summaryTable(results)) io.out(line)
  const { files, ...images } = media.stats()
  for (const [name, count] of [
    ['images', images],
    ['audio and video files', files],
  ] as const)
    if (count.stored + count.reused + count.missing > 0)
      io.out(
        `  ${name}: ${count.stored} ${dryRun ? 'to store' : 'stored'}, ${count.reused} already there, ${count.missing} missing (see the notes)`,
      )
  io.out(
    `\n${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged; ` +
      `${summary.imported} ${summary.imported === 1 ? 'post' : 'posts'} imported, ${summary.skipped} skipped, ${failed} failed`,
  )
  if (dryRun) io.out('Dry run: nothing was written.')
  else if (sanity) io.out('Sent to Sanity, one transaction per post.')
  else if (out) {
    if (changed.length > 0 || !existsSync(out)) {
      const count = writeDataset(out, base, changed)
      io.out(`Wrote ${out} (${count} documents).`)
    } else io.out(`${out} is up to date; not rewritten.`)
    if (basePath && basePath !== out) {
      const copied = copyImages(basePath, out)
      io.out(`Images and files: ${path.dirname(out)} (${copied} copied from the base dataset).`)
    }
  }
  return failed > 0 ? 1 : 0
}
