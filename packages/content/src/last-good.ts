import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Logger } from './parse.ts'

export interface LastGoodOptions {
  /** Results kept in memory, and on disk; the least recently stored go first. */
  capacity: number
  /**
   * Where results are also kept, one file each, so they survive a restart: a process that never ran a query still
   * has its last answer (the web app keeps them in its build folder, where `next build` writes the first ones).
   */
  dir?: string
  logger?: Logger
}

type Stored = { key: string; value: unknown }

/** The last successful result per query: in a bounded map, and optionally in files; the oldest entry goes first. */
export class LastGood {
  private readonly entries = new Map<string, unknown>()
  /** With a folder: a digest of what was last written per key, so an unchanged result is not written again. */
  private readonly written = new Map<string, string>()
  private readonly capacity: number
  private readonly dir: string | undefined
  private readonly logger: Logger
  private writes = 0
  private warned = false

  constructor({ capacity, dir, logger = console }: LastGoodOptions) {
    this.capacity = capacity
    this.dir = dir
    this.logger = logger
  }

  /** The stored result for `key`, from memory or disk; undefined when there is none. */
  find(key: string): { value: unknown } | undefined {
    return this.entries.has(key) ? { value: this.entries.get(key) } : this.read(key)
  }

  set(key: string, value: unknown): void {
    this.remember(key, value)
    // Without a folder nothing more to do (no serialising on every query). A missing document (null) is not worth a
    // file: a made-up URL would otherwise leave one behind.
    if (!this.dir || value === null || value === undefined) return
    const json = JSON.stringify(value)
    const digest = createHash('sha1').update(json).digest('base64')
    if (this.written.get(key) === digest) return
    this.written.set(key, digest)
    void this.write(key, json)
  }

  /** Keeps `value` in memory as the newest entry, dropping the oldest beyond the capacity. */
  private remember(key: string, value: unknown): void {
    this.entries.delete(key)
    this.entries.set(key, value)
    if (this.entries.size <= this.capacity) return
    const oldest = this.entries.keys().next().value
    if (oldest === undefined) return
    this.entries.delete(oldest)
    this.written.delete(oldest)
  }

  get size(): number {
    return this.entries.size
  }

  private file(key: string): string {
    return path.join(/*turbopackIgnore: true*/ this.dir!, `${createHash('sha1').update(key).digest('hex')}.json`)
  }

  private read(key: string): { value: unknown } | undefined {
    if (!this.dir) return undefined
    try {
      const stored = JSON.parse(readFileSync(/*turbopackIgnore: true*/ this.file(key), 'utf8')) as Stored
      if (stored.key !== key) return undefined
      this.remember(key, stored.value)
      return { value: stored.value }
    } catch {
      return undefined
    }
  }

  /** Written to a temporary file and renamed over the old one: a reader never sees half a file. */
  private async write(key: string, json: string): Promise<void> {
    const file = this.file(key)
    const temporary = `${file}.${process.pid}.${++this.writes}.tmp`
    try {
      mkdirSync(/*turbopackIgnore: true*/ this.dir!, { recursive: true })
      await writeFile(temporary, `{"key":${JSON.stringify(key)},"value":${json}}`)
      await rename(temporary, file)
      if (this.writes % 200 === 0) this.prune()
    } catch (error) {
      if (!this.warned)
        this.logger.warn(`[content] could not keep last good results in ${this.dir}: ${(error as Error).message}`)
      this.warned = true
    }
  }

  /** Keeps the folder to `capacity` files, removing the least recently written. */
  prune(): void {
    if (!this.dir) return
    const files = readdirSync(/*turbopackIgnore: true*/ this.dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => {
        const file = path.join(/*turbopackIgnore: true*/ this.dir!, name)
        return { file, at: statSync(file).mtimeMs }
      })
    if (files.length <= this.capacity) return
    files.sort((a, b) => a.at - b.at)
    for (const { file } of files.slice(0, files.length - this.capacity)) unlinkSync(file)
  }
}

/** A short, log-friendly name for a query: its first filter and its params. */
export function describeQuery(query: string, params: Record<string, unknown>): string {
  const head = query.replace(/\s+/g, ' ').slice(0, 60)
  return `${head}… ${JSON.stringify(params)}`
}
