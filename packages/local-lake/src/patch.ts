// A patch applied as the Content Lake applies it: with @sanity/mutator (the Studio's own patch engine), one
// operation at a time in the mutator's order, each checked first against the document as the previous ones left
// it. The mutator does what it can with any input (`inc` by "abc" on 200 gives "200abc", `set` through a string
// replaces the string with an object, `insert` into a string does nothing); the Content Lake refuses such a patch,
// and so does the lake, before anything is written.
import { extractWithPath, Mutation } from '@sanity/mutator'
import { LakeError } from './errors.ts'

type Document = Record<string, unknown>
type Segment = { field: string; bracketed: boolean; start: number } | { selector: string; start: number }

/** The order @sanity/mutator applies a patch's operations in (its parsePatch). */
const ORDER = ['setIfMissing', 'set', 'unset', 'diffMatchPatch', 'inc', 'dec', 'insert'] as const
/** From this API version on, a field name that starts with a digit must be written in brackets (Sanity's changelog). */
const BRACKETS_FROM = '2025-08-18'

/** The path's segments, or null where the path matches at any depth (`..`), which no parent check can follow. */
function segmentsOf(path: string): Segment[] | null {
  const segments: Segment[] = []
  let at = 0
  while (at < path.length) {
    if (path[at] === '.') {
      if (path[at + 1] === '.') return null
      at += 1
      continue
    }
    if (path[at] === '[') {
      let end = at + 1
      let quote = ''
      while (end < path.length && (quote || path[end] !== ']')) {
        if (quote && path[end] === '\\') end += 1
        else if (quote && path[end] === quote) quote = ''
        else if (!quote && (path[end] === '"' || path[end] === "'")) quote = path[end]!
        end += 1
      }
      const inner = path.slice(at + 1, end).trim()
      const name = /^(['"])(.*)\1$/.exec(inner)
      segments.push(name ? { field: name[2]!, bracketed: true, start: at } : { selector: inner, start: at })
      at = end + 1
      continue
    }
    const end = path.slice(at).search(/[.[]/)
    const field = end === -1 ? path.slice(at) : path.slice(at, at + end)
    segments.push({ field, bracketed: false, start: at })
    at += field.length
  }
  return segments
}

function digitFirstField(segments: Segment[]): string | undefined {
  for (const segment of segments)
    if ('field' in segment && !segment.bracketed && /^\d/.test(segment.field)) return segment.field
  return undefined
}

/**
 * Before API v2025-08-18 the Content Lake ignored a path with a digit-first field name (the patch "silently fails",
 * Sanity's changelog says); the mutator cannot parse one, so such paths are left out of the operation.
 */
function withoutDigitFirstPaths(operation: string, argument: unknown): unknown {
  const ignored = (path: unknown) => typeof path === 'string' && digitFirstField(segmentsOf(path) ?? []) !== undefined
  if (operation === 'unset' && Array.isArray(argument)) return argument.filter((path) => !ignored(path))
  if (operation === 'insert' || !isObject(argument)) return argument
  return Object.fromEntries(Object.entries(argument as Document).filter(([path]) => !ignored(path)))
}

const kindOf = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`
const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)
const VERB: Record<string, string> = { inc: 'increment', dec: 'decrement' }

function refuse(index: number, id: string, description: string): never {
  throw new LakeError(400, 'mutationError', `The mutation(s) failed: ${description}`, id, {
    items: [{ index, error: { type: 'invalidPatchError', description } }],
  })
}

/** Refuses a path the operation cannot follow on `doc`: a bare digit-first field name, or a step through a wrong kind. */
function checkPath(doc: Document, operation: string, path: string, refuseWith: (d: string) => never) {
  const segments = segmentsOf(path)
  if (!segments) return
  const digitFirst = digitFirstField(segments)
  if (digitFirst !== undefined)
    refuseWith(`Field name "${digitFirst}" in "${path}" starts with a digit: write it in brackets, ['${digitFirst}']`)
  if (operation === 'insert' && !(segments.at(-1) && 'selector' in segments.at(-1)!))
    refuseWith(`Cannot insert at "${path}": the path must end in an array position, such as "${path}[-1]"`)
  for (let index = 1; index < segments.length; index += 1) {
    const next = segments[index]!
    const parentPath = path.slice(0, next.start).replace(/\.$/, '')
    const wantArray = 'selector' in next
    // An insert's last step is a position in an array; any other selector may also pick from an object.
    const strict = operation === 'insert' && index === segments.length - 1
    for (const { value } of extractWithPath(parentPath, doc)) {
      const fits = wantArray ? Array.isArray(value) || (!strict && isObject(value)) : isObject(value)
      if (!fits)
        refuseWith(
          `Cannot ${VERB[operation] ?? operation} "${path}": "${parentPath}" is ${kindOf(value)}, not ${wantArray ? 'an array' : 'an object'}`,
        )
    }
  }
}

function checkOperation(doc: Document, operation: string, argument: unknown, refuseWith: (d: string) => never) {
  if (operation === 'unset') {
    if (!Array.isArray(argument) || argument.some((path) => typeof path !== 'string'))
      refuseWith('"unset" must be a list of paths')
    for (const path of argument as string[]) checkPath(doc, operation, path, refuseWith)
    return
  }
  if (!isObject(argument)) refuseWith(`"${operation}" must be an object`)
  const entries = Object.entries(argument as Document)
  if (operation === 'insert') {
    const positions = entries.filter(([key]) => key === 'before' || key === 'after' || key === 'replace')
    const [position] = positions
    if (positions.length !== 1 || typeof position![1] !== 'string')
      refuseWith('"insert" needs exactly one of "before", "after" or "replace", with a path')
    if (!Array.isArray((argument as Document).items)) refuseWith('"insert" needs an "items" array')
    return checkPath(doc, operation, position![1] as string, refuseWith)
  }
  for (const [path, value] of entries) {
    checkPath(doc, operation, path, refuseWith)
    if (operation !== 'inc' && operation !== 'dec') continue
    if (typeof value !== 'number' || !Number.isFinite(value))
      refuseWith(`Cannot ${VERB[operation]} "${path}" by ${JSON.stringify(value)}: the amount must be a number`)
    for (const found of extractWithPath(path, doc)) {
      if (typeof found.value !== 'number')
        refuseWith(`Cannot ${VERB[operation]} "${path}": it is ${kindOf(found.value)}, not a number`)
    }
  }
}

/**
 * Applies one patch (its operations, without `id` and `ifRevisionID`) to `before`; a patch that cannot apply
 * throws a 400 in the Content Lake's mutation error shape, naming the mutation's `index` and the document.
 */
export function applyPatch(
  before: Document,
  operations: Document,
  { index, id, apiVersion = '1' }: { index: number; id: string; apiVersion?: string | undefined },
): Document {
  const refuseWith = (description: string) => refuse(index, id, `Mutation ${index}: ${description}`)
  let doc = structuredClone(before)
  for (const operation of ORDER) {
    if (!(operation in operations)) continue
    const modern = apiVersion === 'X' || (apiVersion !== '1' && apiVersion >= BRACKETS_FROM)
    const argument = modern ? operations[operation] : withoutDigitFirstPaths(operation, operations[operation])
    checkOperation(doc, operation, argument, refuseWith)
    try {
      doc = new Mutation({ mutations: [{ patch: { id, [operation]: structuredClone(argument) } as never }] }).apply(
        doc as never,
      ) as Document
    } catch (error) {
      refuseWith((error as Error).message)
    }
  }
  return doc
}
