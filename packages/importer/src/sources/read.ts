/**
 * The sources stage: what the command line names -> sources in the neutral shape (sources/types.ts). Post files (.txt,
 * .md) and folders of them become one source per file, WordPress WXR exports (.xml) and Ghost JSON exports (.json) one
 * source each. A name that cannot be read is a failure with its reason, in its place among the sources.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { ImportError } from '../errors.ts'
import { readGhost } from './ghost.ts'
import { readPostFile } from './post-file.ts'
import type { ReadOptions, SourceExport } from './types.ts'
import { readWxr } from './wxr.ts'
import path from 'node:path'

const POST_FILE = /\.(txt|md|markdown)$/i
const EXPORT_FILE = /\.(xml|json)$/i

export type ReadSource = SourceExport | { failed: string; label: string }

/** A post file's text; not UTF-8 or unreadable is an ImportError with a reason the user can act on. */
export async function readText(file: string): Promise<string> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    throw new ImportError(`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ImportError('not UTF-8 text (save it as UTF-8 and try again)')
  }
}

/** Reads one source; an ImportError becomes a failure in its place, anything else is a bug and throws. */
async function attempt(label: string, read: () => Promise<SourceExport>): Promise<ReadSource> {
  try {
    return await read()
  } catch (error) {
    if (!(error instanceof ImportError)) throw error
    return { failed: error.message, label }
  }
}

const postFile = (file: string, root?: string) =>
  attempt(file, async () => readPostFile(file, await readText(file), root))

/** Every source the inputs name, in order (a folder's files sorted by name). */
export async function readSources(inputs: string[], options: ReadOptions): Promise<ReadSource[]> {
  const sources: ReadSource[] = []
  for (const input of inputs) {
    if (!existsSync(input)) sources.push({ failed: 'no such file or folder', label: input })
    else if (statSync(input).isDirectory()) {
      for (const file of walk(input)) sources.push(await postFile(file, input))
    } else if (POST_FILE.test(input)) sources.push(await postFile(input))
    else if (EXPORT_FILE.test(input))
      sources.push(await attempt(input, () => (/\.xml$/i.test(input) ? readWxr : readGhost)(input, options)))
    else
      sources.push({
        failed:
          'not something the importer reads: .txt and .md posts, folders of them, a WordPress export (.xml) or a Ghost export (.json)',
        label: input,
      })
  }
  return sources
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
