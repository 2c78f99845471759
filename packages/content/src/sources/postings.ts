import { evaluate, parse } from 'groq-js'
import type { Path } from './groq-tree.ts'

/** What a table is keyed by: the string at a path ('value'), its array's strings ('elements'), `_ref`s ('refs'). */
export type TableKind = 'value' | 'elements' | 'refs'

/**
 * Postings over a dataset: string value -> the positions (ascending) of the documents holding it, one table per kind
 * and path, built on first use. Tables are numbered, so a lookup written into a query can name one.
 */
export class Postings {
  private readonly tables: Map<string, number[]>[] = []
  private readonly tableIds = new Map<string, number>()
  private readonly cache = new Map<string, unknown>()
  private readonly documents: readonly unknown[]

  // No parameter property: the bench runs this file on plain Node, which strips types but compiles nothing.
  constructor(documents: readonly unknown[]) {
    this.documents = documents
  }

  /** The table's number, building the table on first use. */
  id(kind: TableKind, path: Path): number {
    const name = `${kind}:${JSON.stringify(path)}`
    let id = this.tableIds.get(name)
    if (id !== undefined) return id
    const table = new Map<string, number[]>()
    this.documents.forEach((doc, at) => {
      const found = new Set<string>()
      if (kind === 'refs') collectRefs(doc, found)
      else if (kind === 'value') {
        const value = valueAt(doc, path as string[])
        if (typeof value === 'string') found.add(value)
      } else for (const value of elementsAt(doc, path)) if (typeof value === 'string') found.add(value)
      for (const value of found) {
        const list = table.get(value)
        if (list) list.push(at)
        else table.set(value, [at])
      }
    })
    id = this.tables.push(table) - 1
    this.tableIds.set(name, id)
    return id
  }

  table(kind: TableKind, path: Path): Map<string, number[]> {
    return this.tables[this.id(kind, path)]!
  }

  /** The positions (ascending) holding any of the keys in the numbered tables; null when a table is unknown. */
  read(reads: readonly { table: number; keys: readonly string[] }[]): number[] | null {
    const lists: number[][] = []
    for (const { table, keys } of reads) {
      const postings = this.tables[table]
      if (!postings) return null
      for (const key of keys) lists.push(postings.get(key) ?? [])
    }
    return lists.length ? union(lists) : []
  }

  /** Positions where `defined(path)` is true. */
  defined(path: string[]): number[] {
    return this.memo(`defined:${path.join('.')}`, () => {
      const list: number[] = []
      this.documents.forEach((doc, at) => valueAt(doc, path) != null && list.push(at))
      return list
    })
  }

  /** Positions where `dateTime(path) <= dateTime(now())` is true at `timestamp`, with groq-js's own dateTime() parse. */
  async notAfter(path: string[], timestamp: Date): Promise<number[]> {
    const seconds = await this.dateTimes(path)
    // groq-js compares datetimes by milliseconds; now() is the timestamp as an ISO string (milliseconds).
    const now = timestamp.getTime()
    const list: number[] = []
    seconds.forEach((t, at) => {
      if (t !== null && Math.round(t * 1000) <= now) list.push(at)
    })
    return list
  }

  /** Every document's `dateTime(path)` in seconds since 1970 (null where groq-js's parse gives null). */
  private async dateTimes(path: string[]): Promise<(number | null)[]> {
    const key = `dateTime:${path.join('.')}`
    let seconds = this.cache.get(key) as (number | null)[] | undefined
    if (!seconds) {
      const query = `*{"t": dateTime(${path.join('.')}) - dateTime("1970-01-01T00:00:00Z")}`
      const rows = (await (await evaluate(parse(query), { dataset: this.documents })).get()) as { t: number | null }[]
      seconds = rows.map((row) => row.t)
      this.cache.set(key, seconds)
    }
    return seconds
  }

  private memo<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make())
    return this.cache.get(key) as T
  }
}

/** What groq-js's attribute access yields, as plain data: own properties of objects only. */
export function valueAt(doc: unknown, path: string[]): unknown {
  let value = doc
  for (const name of path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, name))
      return undefined
    value = (value as Record<string, unknown>)[name]
  }
  return value
}

/** The elements `path` yields: the array at a plain path, or the mapped values of `a[].b`. */
function elementsAt(doc: unknown, path: Path): unknown[] {
  const split = path.indexOf('[]')
  const array = valueAt(doc, (split < 0 ? path : path.slice(0, split)) as string[])
  if (!Array.isArray(array)) return []
  return split < 0 ? array : array.map((item) => valueAt(item, path.slice(split + 1) as string[]))
}

/**
 * The ids a value references, as groq-js's `references()` sees them: an object with a `_ref` is a reference and is
 * not searched further. Used for the index of `references()` and for the documents a query can reach by `->`.
 */
export function collectRefs(value: unknown, into: Set<string>) {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, into)
  else if (typeof value === 'object' && value !== null) {
    const ref = (value as { _ref?: unknown })._ref
    if (ref) {
      if (typeof ref === 'string') into.add(ref)
      return
    }
    for (const item of Object.values(value)) collectRefs(item, into)
  }
}

/** Whether the ascending list holds `value` (binary search). */
export function includes(sorted: number[], value: number): boolean {
  let low = 0
  let high = sorted.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const at = sorted[middle]!
    if (at === value) return true
    if (at < value) low = middle + 1
    else high = middle - 1
  }
  return false
}

/** The ascending union of ascending lists. */
export function union(lists: number[][]): number[] {
  if (lists.length === 1) return lists[0]!
  return [...new Set(lists.flat())].sort((a, b) => a - b)
}

/** The positions every list holds, ascending; `size` bounds the positions. */
export function intersect(lists: number[][], size: number): number[] {
  if (lists.length === 1) return lists[0]!
  const hits = new Uint8Array(size)
  for (const list of lists) for (const at of list) hits[at]!++
  const smallest = lists.reduce((a, b) => (a.length <= b.length ? a : b))
  return smallest.filter((at) => hits[at] === lists.length)
}
