/**
 * Holds a compiled Studio schema type against a zod schema: fields, kinds and required-ness, recursively.
 * Test support for contract.test.ts; zod 4 is walked through `_zod.def`, Sanity types through `fields`/`of`.
 */
import type { Rule, SchemaType } from '@sanity/types'

type Kind =
  'string' | 'number' | 'boolean' | 'array' | 'reference' | 'image' | 'file' | 'slug' | 'object' | 'block' | 'span'

export interface ZodNode {
  _zod: {
    def: {
      type: string
      innerType?: ZodNode
      shape?: Record<string, ZodNode>
      element?: ZodNode
      options?: ZodNode[]
      entries?: Record<string, string>
      values?: unknown[]
      in?: ZodNode
    }
  }
}

/** Kinds are compared, not type names: `text`, `url`, `datetime` and `date` store strings. */
const STUDIO_KINDS: Record<string, Kind> = {
  string: 'string',
  text: 'string',
  url: 'string',
  datetime: 'string',
  date: 'string',
  number: 'number',
  boolean: 'boolean',
  array: 'array',
  reference: 'reference',
  image: 'image',
  file: 'file',
  slug: 'slug',
  block: 'block',
  span: 'span',
  object: 'object',
  document: 'object',
}

/** Keys Sanity manages itself: never editor fields. */
const SYSTEM_KEYS: Partial<Record<Kind, Set<string>>> = {
  image: new Set(['asset', 'hotspot', 'crop', 'media']),
  file: new Set(['asset', 'media']),
}

export type StudioType = SchemaType & {
  fields?: { name: string; type: StudioType }[]
  of?: StudioType[]
  options?: { list?: unknown[] }
}

function studioKind(type: StudioType): Kind {
  for (let t: StudioType | undefined = type; t; t = t.type as StudioType | undefined) {
    const kind = STUDIO_KINDS[t.name]
    if (kind) return kind
  }
  throw new Error(`no kind for Studio type ${type.name}`)
}

function studioRequired(type: StudioType): boolean {
  const rules = Array.isArray(type.validation) ? (type.validation as Rule[]) : []
  return rules.some((rule) => rule.isRequired())
}

function unwrap(node: ZodNode): { node: ZodNode; optional: boolean } {
  let optional = false
  let current = node
  for (;;) {
    const { type, innerType } = current._zod.def
    if ((type === 'optional' || type === 'nullable') && innerType) optional = true
    else if (!(type === 'default' || type === 'readonly' || type === 'nonoptional') || !innerType) break
    current = innerType
  }
  return { node: current, optional }
}

function literalOf(node: ZodNode | undefined): unknown {
  if (!node) return undefined
  const { def } = unwrap(node).node._zod
  return def.type === 'literal' ? def.values?.[0] : undefined
}

function zodKind(node: ZodNode): Kind | 'union' {
  const { def } = node._zod
  switch (def.type) {
    case 'string':
    case 'enum':
      return 'string'
    case 'literal':
      return typeof def.values?.[0] === 'string' ? 'string' : 'object'
    case 'number':
    case 'boolean':
    case 'array':
    case 'union':
      return def.type
    case 'object': {
      const shape = def.shape ?? {}
      const type = literalOf(shape._type)
      if ('_ref' in shape) return 'reference'
      if (type === 'image' || type === 'file' || type === 'slug' || type === 'block' || type === 'span') return type
      return 'object'
    }
    case 'pipe':
      return zodKind(def.in as ZodNode)
    default:
      throw new Error(`no kind for zod type ${def.type}`)
  }
}

/** Array members keyed the way Sanity tells them apart: object `_type`, or the primitive kind. */
function zodMembers(element: ZodNode): Map<string, ZodNode> {
  const { node } = unwrap(element)
  const options = node._zod.def.type === 'union' ? (node._zod.def.options ?? []) : [node]
  return new Map(options.map((option) => [String(literalOf(option._zod.def.shape?._type) ?? zodKind(option)), option]))
}

function studioMembers(type: StudioType): Map<string, StudioType> {
  return new Map(
    (type.of ?? []).map((member) => {
      const kind = studioKind(member)
      return [kind === 'string' || kind === 'number' || kind === 'boolean' ? kind : member.name, member]
    }),
  )
}

/** Every difference between a Studio type and a zod schema, as readable paths. */
export function compare(path: string, studio: StudioType, zod: ZodNode, problems: string[] = []): string[] {
  const { node } = unwrap(zod)
  const kind = studioKind(studio)
  const other = zodKind(node)
  if (kind !== other) {
    problems.push(`${path}: Studio stores ${kind}, zod expects ${other}`)
    return problems
  }
  const { def } = node._zod
  if (kind === 'string' && def.type === 'enum') {
    const allowed = Object.values(def.entries ?? {})
    const list = (studio.options?.list ?? []).map((item: unknown) =>
      typeof item === 'object' && item ? (item as { value: unknown }).value : item,
    )
    // An empty list (`lists: []`) means the Studio never writes the value; without a list it could write anything.
    if (!studio.options?.list)
      problems.push(`${path}: zod allows only ${allowed.join('|')}, the Studio has no option list`)
    for (const value of list)
      if (!allowed.includes(String(value))) problems.push(`${path}: Studio option "${value}" not in zod enum`)
  }
  if (kind === 'array') {
    const studioOf = studioMembers(studio)
    const zodOf = zodMembers(def.element as ZodNode)
    for (const name of new Set([...studioOf.keys(), ...zodOf.keys()])) {
      const s = studioOf.get(name)
      const z = zodOf.get(name)
      if (!s) problems.push(`${path}[]: zod allows "${name}" items, the Studio cannot add them`)
      else if (!z) problems.push(`${path}[]: Studio adds "${name}" items, zod rejects them`)
      else compare(`${path}[${name}]`, s, z, problems)
    }
  }
  if (kind === 'object' || kind === 'image' || kind === 'file' || kind === 'block' || kind === 'span') {
    // Sanity writes block and span structure itself, so only their fields (not required-ness) are compared.
    const checkRequired = kind === 'object' || kind === 'image' || kind === 'file'
    const skip = SYSTEM_KEYS[kind] ?? new Set()
    const studioFields = new Map((studio.fields ?? []).filter((f) => !skip.has(f.name)).map((f) => [f.name, f.type]))
    const zodFields = new Map(
      Object.entries(def.shape ?? {}).filter(([name]) => !name.startsWith('_') && !skip.has(name)),
    )
    for (const name of new Set([...studioFields.keys(), ...zodFields.keys()])) {
      const s = studioFields.get(name)
      const z = zodFields.get(name)
      if (!s) problems.push(`${path}.${name}: in zod, missing from the Studio`)
      else if (!z) problems.push(`${path}.${name}: in the Studio, missing from zod`)
      else {
        const required = !unwrap(z).optional
        if (checkRequired && studioRequired(s) !== required)
          problems.push(
            `${path}.${name}: zod ${required ? 'requires' : 'does not require'} it, the Studio ${studioRequired(s) ? 'does' : 'does not'}`,
          )
        compare(`${path}.${name}`, s, z, problems)
      }
    }
  }
  return problems
}
