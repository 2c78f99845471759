import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { articleIdFor } from './documents.ts'
import { ImportError } from './errors.ts'
import { collectPostFiles, copyImages, readDataset, writeDataset, type Dataset } from './files.ts'
import { toPublishedAt } from './front-matter.ts'
import { importPosts, type FileResult, type ImportOptions } from './import-posts.ts'
import { parsePost } from './parse-post.ts'
import { createSanityTarget, sanityOptionsFromEnv, type SanityTarget } from './sanity.ts'
import { WorkingSet } from './working-set.ts'

export const USAGE = `Usage: npm run import -- <files or folders...> [options]

Imports .txt and .md posts as articles, authors and books.

  --out <file.ndjson>   dataset to write; an existing file is updated in place
  --base <file.ndjson>  start from this dataset and write the result to --out (the base is not changed);
                        its images/ folder is copied next to --out
  --to-sanity           write to the Sanity project instead (SANITY_PROJECT_ID, SANITY_DATASET,
                        SANITY_API_WRITE_TOKEN, SANITY_API_VERSION; the root .env is read)
  --date <date>         publish date for posts without "date:" front matter (YYYY-MM-DD or ISO date-time)
  --dry-run             read, convert and validate; write nothing
  -h, --help            show this help`

export interface CliIo {
  /** Where relative paths start (npm sets INIT_CWD to the caller's directory). */
  cwd: string
  env: NodeJS.ProcessEnv
  out: (line: string) => void
  err: (line: string) => void
  now?: () => Date
}

const STATUS_WIDTH = 9

function report(result: FileResult, index: number, total: number, io: CliIo) {
  io.out(`[${index + 1}/${total}] ${result.file}`)
  for (const change of result.changes)
    io.out(`  ${change.status.padEnd(STATUS_WIDTH)} ${change._type.padEnd(7)} ${change._id}`)
  for (const note of result.notes) io.out(`  note: ${note}`)
  if (result.error) io.err(`  failed: ${result.error}`)
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
  if (positionals.length === 0) return usage('Name at least one .txt or .md file or a folder.')
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

  const { files, problems } = collectPostFiles(positionals.map(resolve))
  const out = values.out ? resolve(values.out) : undefined
  const basePath = values.base ? resolve(values.base) : out && existsSync(out) ? out : undefined
  let base: Dataset = { lines: [], documents: [] }
  let sanity: SanityTarget | undefined
  try {
    if (basePath) base = readDataset(basePath)
    if (toSanity) {
      const options = sanityOptionsFromEnv(io.env)
      if ('missing' in options)
        throw new Error(`--to-sanity needs ${options.missing.join(', ')} (set them in the root .env)`)
      sanity = createSanityTarget(options)
      base = { lines: [], documents: await sanity.existing(plannedArticleIds(files)) }
    }
  } catch (error) {
    io.err((error as Error).message)
    return 1
  }

  const target = new WorkingSet(base.documents)
  const total = files.length + problems.length
  problems.forEach((problem, i) =>
    report({ file: problem.file, ok: false, error: problem.error, notes: [], changes: [] }, i, total, io),
  )
  const options: ImportOptions = {
    files,
    target,
    ...(date ? { date } : {}),
    ...(io.now ? { now: io.now } : {}),
    ...(sanity && !dryRun ? { commit: (docs) => (sanity as SanityTarget).commit(docs) } : {}),
    onFile: (result, i) => report(result, problems.length + i, total, io),
  }
  const { changed, summary } = await importPosts(options)
  const failed = summary.failed + problems.length

  io.out(
    `\n${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged (skipped); ` +
      `${summary.imported} file${summary.imported === 1 ? '' : 's'} imported, ${failed} failed`,
  )
  if (dryRun) io.out('Dry run: nothing was written.')
  else if (sanity) io.out('Sent to Sanity, one transaction per file.')
  else if (out) {
    if (changed.length > 0 || !existsSync(out)) {
      const count = writeDataset(out, base, changed)
      io.out(`Wrote ${out} (${count} documents).`)
    } else io.out(`${out} is up to date; not rewritten.`)
    if (basePath && basePath !== out) {
      const copied = copyImages(basePath, out)
      io.out(`Images: ${path.join(path.dirname(out), 'images')} (${copied} copied from the base dataset).`)
    }
  }
  return failed > 0 ? 1 : 0
}

/** The article ids the files will produce, so the Sanity target fetches those articles and nothing more. */
function plannedArticleIds(files: string[]): string[] {
  return files.flatMap((file) => {
    try {
      return [articleIdFor(parsePost(file, readFileSync(file, 'utf8')))]
    } catch {
      return [] // reported with its reason when the file is imported
    }
  })
}
