// Transformed images kept on disk beside the working dataset (never inside it: the dataset folder is Sanity's
// export format), so a thumbnail is made once, not on every request. Bounded: past `maxBytes` the least recently
// used files go first.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs'
import path from 'node:path'
import { writeDurably } from '../assets.ts'

export class ImageCache {
  readonly dir: string
  private readonly maxBytes: number
  /** File name -> size; the order of insertion is the order of last use (a hit moves it to the end). */
  private readonly files = new Map<string, number>()
  private bytes = 0

  constructor(dir: string, maxBytes: number) {
    this.dir = dir
    this.maxBytes = maxBytes
    mkdirSync(dir, { recursive: true })
    const found = readdirSync(dir)
      .filter((name) => !name.endsWith('.tmp'))
      .map((name) => ({ name, stat: statSync(path.join(dir, name)) }))
      .sort((a, b) => a.stat.mtimeMs - b.stat.mtimeMs)
    for (const { name, stat } of found) this.remember(name, stat.size)
  }

  get size(): number {
    return this.bytes
  }

  read(key: string): Buffer | undefined {
    const size = this.files.get(key)
    if (size === undefined) return undefined
    const file = path.join(this.dir, key)
    let bytes: Buffer
    try {
      bytes = readFileSync(file)
    } catch {
      this.forget(key)
      return undefined
    }
    this.files.delete(key)
    this.files.set(key, size)
    // The file's time carries the order of use over a restart.
    const now = new Date()
    utimesSync(file, now, now)
    return bytes
  }

  write(key: string, bytes: Buffer): void {
    if (bytes.length > this.maxBytes) return
    writeDurably(path.join(this.dir, key), bytes)
    this.forget(key)
    this.remember(key, bytes.length)
    for (const [oldest] of this.files) {
      if (this.bytes <= this.maxBytes) break
      rmSync(path.join(this.dir, oldest), { force: true })
      this.forget(oldest)
    }
  }

  private remember(key: string, size: number) {
    this.files.set(key, size)
    this.bytes += size
  }

  private forget(key: string) {
    const size = this.files.get(key)
    if (size === undefined) return
    this.files.delete(key)
    this.bytes -= size
  }
}
