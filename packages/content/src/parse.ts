import type { z } from 'zod'

export interface Logger {
  warn(message: string): void
  error(message: string): void
}

type Path = ReadonlyArray<PropertyKey>

/** The path of the array element an issue sits in, e.g. ['body', 3] for ['body', 3, 'children', 0, 'text']. */
function elementPath(path: Path): Path | undefined {
  const index = path.findIndex((segment) => typeof segment === 'number')
  return index === -1 ? undefined : path.slice(0, index + 1)
}

function removeAt(root: unknown, path: Path): boolean {
  let parent: unknown = root
  for (const segment of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false
    parent = (parent as Record<PropertyKey, unknown>)[segment]
  }
  const index = path[path.length - 1]
  if (!Array.isArray(parent) || typeof index !== 'number' || index >= parent.length) return false
  parent[index] = DROPPED
  return true
}

const DROPPED = Symbol('dropped')

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== DROPPED).map(compact)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compact(item)]))
  }
  return value
}

function describe(issues: z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')
}

function idOf(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { _id?: unknown })._id : undefined
  return typeof id === 'string' ? id : '(no _id)'
}

/**
 * Parses one query result. Invalid items inside arrays (a body block, a book in a list) are
 * logged with the document id and dropped, so the rest of the page still renders; a result
 * whose own fields are invalid is logged and treated as missing (`null`).
 */
export function parseLenient<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  logger: Logger,
  what: string,
): z.infer<S> | null {
  const first = schema.safeParse(raw)
  if (first.success) return first.data
  const id = idOf(raw)
  const elements = first.error.issues.map((issue) => elementPath(issue.path))
  if (elements.some((path) => path === undefined)) {
    logger.error(`[content] ${what} ${id} is invalid and was not rendered: ${describe(first.error.issues)}`)
    return null
  }
  const copy = structuredClone(raw)
  for (const path of elements) removeAt(copy, path as Path)
  logger.warn(`[content] ${what} ${id}: left out invalid parts: ${describe(first.error.issues)}`)
  const second = schema.safeParse(compact(copy))
  if (second.success) return second.data
  logger.error(`[content] ${what} ${id} is invalid and was not rendered: ${describe(second.error.issues)}`)
  return null
}

/** Parses a list item by item: a bad item is logged with its `_id` and left out. */
export function parseList<S extends z.ZodType>(schema: S, raw: unknown, logger: Logger, what: string): z.infer<S>[] {
  if (!Array.isArray(raw)) {
    if (raw !== null && raw !== undefined) logger.error(`[content] ${what}: expected a list, got ${typeof raw}`)
    return []
  }
  const items: z.infer<S>[] = []
  for (const item of raw) {
    const parsed = parseLenient(schema, item, logger, what)
    if (parsed !== null) items.push(parsed)
  }
  return items
}
