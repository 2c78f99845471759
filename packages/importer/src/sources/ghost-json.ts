import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ImportError } from '../errors.ts'

export type Row = Record<string, unknown>

/** The tables of a Ghost export the importer reads; a table the file does not have is empty. */
export interface GhostTables {
  meta: Row
  posts: Row[]
  users: Row[]
  tags: Row[]
  postsTags: Row[]
  postsAuthors: Row[]
  postsMeta: Row[]
}

const EXPECTED =
  'expected a Ghost export (Settings → Advanced → Import/Export): { "db": [ { "meta", "data": { "posts", … } } ] }'

/** A non-empty string field, trimmed; ids may be numbers in older exports. */
export function field(row: Row | undefined, key: string): string | undefined {
  const value = row?.[key]
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value)
const rows = (data: Row, table: string): Row[] =>
  Array.isArray(data[table]) ? (data[table] as unknown[]).filter(isRow) : []

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position)
  const line = before.split('\n').length
  return `line ${line}, column ${position - before.lastIndexOf('\n')}`
}

const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y
const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y

/** Where JSON.parse gave up; V8's message does not always say ("Unexpected token 'x', "…" is not valid JSON"). */
function errorPosition(text: string): number {
  let i = 0
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++
  }
  const match = (pattern: RegExp) => {
    pattern.lastIndex = i
    if (pattern.test(text)) i = pattern.lastIndex
    else throw pattern === STRING && text[i] === '"' && text.indexOf('"', i + 1) < 0 ? text.length : i
  }
  const expect = (char: string) => {
    space()
    if (text[i] !== char) throw i
    i++
  }
  const value = (): void => {
    space()
    const open = text[i]
    if (open === '"') return match(STRING)
    if (open !== '{' && open !== '[') return match(LITERAL)
    const close = open === '{' ? '}' : ']'
    i++
    space()
    if (text[i] === close) {
      i++
      return
    }
    for (;;) {
      if (open === '{') {
        space()
        match(STRING)
        expect(':')
      }
      value()
      space()
      if (text[i] === ',') i++
      else return expect(close)
    }
  }
  try {
    value()
    space()
    return i
  } catch (position) {
    return position as number
  }
}

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const position = errorPosition(text)
    const where = `${name}, ${lineAndColumn(text, position)}`
    if (position >= text.trimEnd().length)
      throw new ImportError(`${where}: the file ends before the JSON does: the export is incomplete; export it again`)
    const reason = (error as Error).message
      .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
      .replace(/ in JSON at position \d+.*$/s, '')
    throw new ImportError(`${where}: not valid JSON (${reason}): ${EXPECTED}`)
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) {
    const first = value.find(isRow)
    const wordpress =
      first && isRow(first.title) && 'rendered' in first.title ? ' (it looks like a WordPress REST API dump)' : ''
    return `a JSON list of ${value.length} ${value.length === 1 ? 'item' : 'items'}${wordpress}${first ? `, with keys ${keyList(first)}` : ''}`
  }
  if (isRow(value)) {
    const keys = Object.keys(value)
    return keys.length ? `JSON with the keys ${keyList(value)}` : 'an empty JSON object'
  }
  return `a single JSON ${value === null ? 'null' : typeof value}`
}

function keyList(row: Row): string {
  const keys = Object.keys(row)
  return keys.slice(0, 12).join(', ') + (keys.length > 12 ? `, … (${keys.length} in all)` : '')
}

/** The file's tables, from `{ db: [ { meta, data } ] }` or a bare `{ meta, data }`. Throws ImportError otherwise. */
export async function readGhostTables(file: string): Promise<GhostTables> {
  const name = path.basename(file)
  let text: string
  try {
    text = (await readFile(file, 'utf8')).replace(/^\ufeff/, '')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ImportError(
      code === 'ENOENT' ? `${name}: no such file` : `${name} cannot be read: ${(error as Error).message}`,
    )
  }
  if (text.trim() === '') throw new ImportError(`${name} is empty: ${EXPECTED}`)
  const parsed = parseJson(name, text)
  const db = isRow(parsed) && Array.isArray(parsed.db) ? (parsed.db as unknown[]).find(isRow) : parsed
  const data = isRow(db) && isRow(db.data) ? db.data : undefined
  if (!isRow(db) || !data || !Array.isArray(data.posts)) {
    const found =
      isRow(db) && isRow(db.data) ? `its "data" has the keys ${keyList(db.data)} but no "posts"` : describe(parsed)
    throw new ImportError(`${name} is not a Ghost export: found ${found}; ${EXPECTED}`)
  }
  return {
    meta: isRow(db.meta) ? db.meta : {},
    posts: rows(data, 'posts'),
    users: rows(data, 'users'),
    tags: rows(data, 'tags'),
    postsTags: rows(data, 'posts_tags'),
    postsAuthors: rows(data, 'posts_authors'),
    postsMeta: rows(data, 'posts_meta'),
  }
}
