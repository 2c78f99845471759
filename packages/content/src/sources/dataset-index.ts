import { evaluate, parse, type DereferenceFunction, type ExprNode } from 'groq-js'

/**
 * Indexes over the embedded dataset that spare groq-js most of its full scans without changing an answer.
 *
 * - `dereference` finds `->` targets in a Map instead of scanning the dataset.
 * - `narrow` rewrites each `*[filter]` before groq-js runs it. Terms of the filter's `&&` chain that an index
 *   answers exactly (`path == "x"`, `path in ["x"]`, `"x" in path`, `references("x")`, `defined(path)`,
 *   `dateTime(path) <= dateTime(now())`) select candidates; when every term is answered that way the filter is
 *   replaced by its result, otherwise groq-js runs the whole filter over the candidates (a superset of the
 *   matches, in dataset order: the same result). A term keyed by the enclosing document (`author._ref == ^._id`,
 *   `^._id in categories[]._ref`, `references(^._id)`) becomes a lookup groq-js makes through `dereference`,
 *   falling back to the whole dataset when the key is not a string.
 *
 * Nested `*` and `->` still see the whole dataset. Tests compare indexed and plain answers.
 */
export class DatasetIndex {
  private readonly byId = new Map<string, Doc>()
  /** Lookup tables named by `_ref`s that start with this (no stored id starts with a NUL character). */
  private readonly prefix = `\u0000index-${Math.random().toString(36).slice(2)}:`
  private readonly tables: Map<string, number[]>[] = []
  private readonly tableIds = new Map<string, number>()
  private readonly cache = new Map<string, unknown>()
  /** Selections a lookup is restricted to (see `rewrite`), the most recent few: ids are only ever read right away. */
  private readonly allowed = new Map<number, number[]>()
  private allowedIds = 0

  private readonly documents: unknown[]

  constructor(documents: unknown[]) {
    this.documents = documents
    for (const doc of documents) {
      const id = (doc as { _id?: unknown })._id
      // groq-js's scan returns the first document with the id.
      if (typeof id === 'string' && !this.byId.has(id)) this.byId.set(id, doc as Doc)
    }
  }

  /** groq-js's `dereference` option: `->` targets and the lookups `narrow` writes. */
  readonly dereference: DereferenceFunction = ({ _ref }) => {
    if (!_ref.startsWith(this.prefix)) return this.byId.get(_ref) ?? null
    let rest = _ref.slice(this.prefix.length)
    let within: number[] | undefined
    const restricted = /^@(\d+)@/.exec(rest)
    if (restricted) {
      within = this.allowed.get(Number(restricted[1]))
      // Forgotten (only after many other queries): null, so the filter falls back to the whole selection.
      if (!within) return null
      rest = rest.slice(restricted[0].length)
    }
    let positions: number[] | null
    if (rest.startsWith(ANY)) positions = this.lookupAny(rest.slice(ANY.length))
    else {
      const split = rest.indexOf(':')
      const table = this.tables[Number(rest.slice(0, split))]
      positions = table?.get(rest.slice(split + 1)) ?? []
    }
    if (!positions) return null
    if (within) positions = positions.filter((at) => includes(within, at))
    return { _id: _ref, d: positions.map((at) => this.documents[at]) }
  }

  /** Rewrites every `*[...]` in `tree` (in place) that an index can answer or narrow; returns the tree. */
  async narrow(tree: ExprNode, timestamp: Date): Promise<ExprNode> {
    await this.visit(tree, timestamp)
    return tree
  }

  private async visit(node: unknown, timestamp: Date): Promise<void> {
    if (Array.isArray(node)) {
      for (const item of node) await this.visit(item, timestamp)
      return
    }
    if (typeof node !== 'object' || node === null) return
    const expr = node as Record<string, unknown> & { type?: string }
    // A literal's value is data, not query: never walk into it (it may be the candidates just placed).
    if (expr.type === 'Value') return
    if (expr.type === 'Filter' && (expr.base as ExprNode).type === 'Everything') {
      await this.rewrite(expr, timestamp)
      if ((expr.type as string) === 'Value') return
    }
    for (const value of Object.values(node)) await this.visit(value, timestamp)
  }

  private async rewrite(filter: Record<string, unknown>, timestamp: Date) {
    const exact: number[][] = []
    const remaining: ExprNode[] = []
    let dynamic: { term: ExprNode; lookup: ExprNode } | undefined
    for (const term of conjuncts(filter.expr as ExprNode)) {
      const found = await this.term(term, timestamp)
      if (Array.isArray(found)) exact.push(found)
      else if (found && !dynamic) dynamic = { term, lookup: found }
      else remaining.push(term)
    }
    if (exact.length === 0 && !dynamic) return
    const positions = exact.length ? intersect(exact, this.documents.length) : undefined
    const selected = positions?.map((at) => this.documents[at])
    if (!dynamic && remaining.length === 0 && selected) {
      // Every term answered exactly: the filter's result is the selection.
      for (const key of Object.keys(filter)) delete filter[key]
      Object.assign(filter, { type: 'Value', value: selected })
      return
    }
    // The documents the filter now sees make every exactly answered term true, and the keyed term too: a lookup answers
    // it exactly when its keys are strings, and otherwise the fallback runs the term itself. So groq-js evaluates only
    // the remaining terms (the published-article test parses a date per document; references() walks each one).
    // (A Group around `*`, so that visit() does not narrow this fallback again, for ever.)
    const within: ExprNode = selected
      ? { type: 'Value', value: selected }
      : ({ type: 'Group', base: { type: 'Everything' } } as ExprNode)
    filter.base = dynamic
      ? lookup(positions ? this.restrict(dynamic.lookup, positions) : dynamic.lookup, {
          type: 'Filter',
          base: within,
          expr: dynamic.term,
        } as ExprNode)
      : within
    filter.expr = remaining.length
      ? remaining.reduce((left, right) => ({ type: 'And', left, right }) as ExprNode)
      : ({ type: 'Value', value: true } as ExprNode)
  }

  /** A lookup whose documents are kept to `positions` (in the dereference); the lookup itself is unchanged. */
  private restrict(deref: ExprNode, positions: number[]): ExprNode {
    const id = ++this.allowedIds
    this.allowed.set(id, positions)
    if (this.allowed.size > 256) this.allowed.delete(this.allowed.keys().next().value!)
    // A JSON copy: the lookup holds only constants and attribute paths (and structuredClone is missing under jsdom).
    const copy = JSON.parse(JSON.stringify(deref)) as ExprNode
    // The reference string starts with the leftmost constant of its `+` chain: `<prefix>…`.
    let node = (copy as { base: { attributes: { value: ExprNode }[] } }).base.attributes[0]!.value
    while (node.type === 'OpCall') node = node.left
    if (node.type === 'Value' && typeof node.value === 'string' && node.value.startsWith(this.prefix))
      node.value = `${this.prefix}@${id}@${node.value.slice(this.prefix.length)}`
    return copy
  }

  /**
   * Positions (ascending) where the term is true, exactly; or a lookup node whose documents are a superset
   * of the matches; or undefined when no index applies.
   */
  private async term(node: ExprNode, timestamp: Date): Promise<number[] | ExprNode | undefined> {
    if (node.type === 'Group') return this.term(node.base, timestamp)
    if (node.type === 'Or') {
      // Exact when every side is exact (the union); a lookup when every side is keyed by the enclosing document.
      const sides = disjuncts(node)
      const found = await Promise.all(sides.map((side) => this.term(side, timestamp)))
      if (found.every((side) => Array.isArray(side))) return union(found as number[][])
      const keyed = sides.map((side) => this.keyedParts(side))
      return keyed.every((parts) => parts) ? this.lookupParts(keyed.flat() as KeyedPart[]) : undefined
    }
    const exact = await this.exactTerm(node, timestamp)
    if (exact !== NOT_EXACT) return exact
    const parts = this.keyedParts(node)
    if (!parts) return undefined
    // One key: the plain lookup (any string is a key); several, or a list of keys: the `any:` lookup.
    return parts.length === 1 && !parts[0]!.many
      ? this.lookupKey(parts[0]!.table, parts[0]!.key)
      : this.lookupParts(parts)
  }

  /**
   * Positions where a term with constant values is true (`path == "x"`, `path in ["x"]`, `"x" in path`,
   * `references("x")`, `defined(path)`, the published-by-now test); undefined when an index could answer it but its
   * value type rules the index out; NOT_EXACT for a term of another shape.
   */
  private async exactTerm(node: ExprNode, timestamp: Date): Promise<number[] | undefined | typeof NOT_EXACT> {
    if (node.type === 'OpCall' && node.op === '==') {
      for (const [a, b] of [
        [node.left, node.right],
        [node.right, node.left],
      ] as const) {
        const path = attributePath(a)
        if (path && b.type === 'Value')
          return typeof b.value === 'string' ? (this.table('value', path).get(b.value) ?? []) : undefined
      }
      return NOT_EXACT
    }
    if (node.type === 'OpCall' && node.op === 'in') {
      const path = attributePath(node.left)
      if (path && node.right.type === 'Value' && Array.isArray(node.right.value)) {
        const values: unknown[] = node.right.value
        if (!values.every((value) => typeof value === 'string')) return undefined
        return union(values.map((value) => this.table('value', path).get(value as string) ?? []))
      }
      const elements = elementsPath(node.right)
      if (elements && node.left.type === 'Value')
        return typeof node.left.value === 'string'
          ? (this.table('elements', elements).get(node.left.value) ?? [])
          : undefined
      return NOT_EXACT
    }
    if (node.type === 'OpCall' && node.op === '<=') return this.publishedBy(node, timestamp)
    if (node.type !== 'FuncCall' || node.namespace !== 'global') return NOT_EXACT
    if (node.name === 'references' && node.args.length > 0) {
      if (node.args.every((arg) => arg.type === 'Value')) {
        const ids = new Set<string>()
        for (const arg of node.args as { value: unknown }[]) {
          if (typeof arg.value === 'string') ids.add(arg.value)
          else if (Array.isArray(arg.value)) for (const id of arg.value) if (typeof id === 'string') ids.add(id)
        }
        return union([...ids].map((id) => this.table('refs', []).get(id) ?? []))
      }
      return NOT_EXACT
    }
    if (node.name === 'defined' && node.args.length === 1) {
      const path = attributePath(node.args[0]!)
      return path
        ? this.memo(`defined:${path.join('.')}`, () => this.positions((doc) => valueAt(doc, path) != null))
        : undefined
    }
    return undefined
  }

  /** `dateTime(path) <= dateTime(now())`, with groq-js's own dateTime() parse of every document's value. */
  private async publishedBy(node: ExprNode, timestamp: Date): Promise<number[] | undefined> {
    if (node.type !== 'OpCall' || node.op !== '<=') return undefined
    const { left, right } = node
    const isCall = (n: ExprNode, name: string, args: number): n is Extract<ExprNode, { type: 'FuncCall' }> =>
      n.type === 'FuncCall' && n.namespace === 'global' && n.name === name && n.args.length === args
    if (!isCall(left, 'dateTime', 1) || !isCall(right, 'dateTime', 1) || !isCall(right.args[0]!, 'now', 0))
      return undefined
    const path = attributePath(left.args[0]!)
    if (!path) return undefined
    const key = `dateTime:${path.join('.')}`
    let seconds = this.cache.get(key) as (number | null)[] | undefined
    if (!seconds) {
      const query = `*{"t": dateTime(${path.join('.')}) - dateTime("1970-01-01T00:00:00Z")}`
      const rows = (await (await evaluate(parse(query), { dataset: this.documents })).get()) as { t: number | null }[]
      seconds = rows.map((row) => row.t)
      this.cache.set(key, seconds)
    }
    // groq-js compares datetimes by milliseconds; now() is the timestamp as an ISO string (milliseconds).
    const now = timestamp.getTime()
    const list: number[] = []
    seconds.forEach((t, at) => {
      if (t !== null && Math.round(t * 1000) <= now) list.push(at)
    })
    return list
  }

  private memo<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make())
    return this.cache.get(key) as T
  }

  private positions(test: (doc: unknown) => boolean): number[] {
    const list: number[] = []
    this.documents.forEach((doc, at) => test(doc) && list.push(at))
    return list
  }

  /** String value -> positions: of `path` ('value'), of the elements of `path` ('elements'), of `_ref`s ('refs'). */
  private table(kind: 'value' | 'elements' | 'refs', path: Path): Map<string, number[]> {
    return this.tables[this.tableId(kind, path)]!
  }

  private tableId(kind: 'value' | 'elements' | 'refs', path: Path): number {
    const name = `${kind}:${JSON.stringify(path)}`
    let id = this.tableIds.get(name)
    if (id !== undefined) return id
    const table = new Map<string, number[]>()
    this.documents.forEach((doc, at) => {
      const found = new Set<string>()
      if (kind === 'refs') collectRefs(doc, found)
      else if (kind === 'value') {
        const value = valueAt(doc, path)
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

  /**
   * A term keyed by the enclosing document, as the table and key a lookup reads (`author._ref == ^.author._ref`,
   * `^._id in categories[]._ref`, `references(^._id)`, `references(^.categories[]._ref)`); undefined otherwise.
   */
  private keyedParts(node: ExprNode): KeyedPart[] | undefined {
    if (node.type === 'Group') return this.keyedParts(node.base)
    if (node.type === 'OpCall' && node.op === '==') {
      for (const [a, b] of [
        [node.left, node.right],
        [node.right, node.left],
      ] as const) {
        const path = attributePath(a)
        const key = path ? outer(b) : undefined
        if (path && key) return [{ table: this.tableId('value', path), key, many: false }]
      }
      return undefined
    }
    if (node.type === 'OpCall' && node.op === 'in') {
      const elements = elementsPath(node.right)
      const key = elements ? outer(node.left) : undefined
      return elements && key ? [{ table: this.tableId('elements', elements), key, many: false }] : undefined
    }
    if (
      node.type === 'FuncCall' &&
      node.namespace === 'global' &&
      node.name === 'references' &&
      node.args.length === 1
    ) {
      const key = outer(node.args[0]!)
      if (key) return [{ table: this.tableId('refs', []), key, many: false }]
      const keys = outerArray(node.args[0]!)
      if (keys) return [{ table: this.tableId('refs', []), key: keys, many: true }]
    }
    return undefined
  }

  /**
   * One lookup over several tables and keys, for `||` of keyed terms: `{"_ref": "<prefix>any:" + parts}->`, where each
   * part is `<table>=<key>` (a list of keys joined by KEYS). A key that is not a string (or a list holding one) makes
   * the reference null, and `lookup()` then falls back to the whole dataset.
   */
  private lookupParts(parts: KeyedPart[]): ExprNode {
    const value = (v: unknown): ExprNode => ({ type: 'Value', value: v }) as ExprNode
    const call = (namespace: string, name: string, ...args: ExprNode[]): ExprNode =>
      ({ type: 'FuncCall', namespace, name, args }) as ExprNode
    const plus = (left: ExprNode, right: ExprNode): ExprNode => ({ type: 'OpCall', op: '+', left, right }) as ExprNode
    // `any:<parts>:` then, per part, `<table>=<key>`, or `<table>*<count>=<keys joined>` for a list of keys: the counts
    // let lookupAny() tell a key that holds a separator (it then answers null: the filter runs the term itself).
    let ref = value(`${this.prefix}${ANY}${parts.length}:`)
    parts.forEach((part, index) => {
      const separator = index ? PARTS : ''
      if (!part.many) {
        ref = plus(plus(ref, value(`${separator}${part.table}=`)), part.key)
        return
      }
      const keys = call('global', 'coalesce', part.key, value([]))
      const count = call('global', 'string', call('global', 'count', keys))
      ref = plus(
        plus(plus(plus(ref, value(`${separator}${part.table}*`)), count), value('=')),
        call('array', 'join', keys, value(KEYS)),
      )
    })
    return {
      type: 'Deref',
      base: { type: 'Object', attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: ref }] },
    }
  }

  /** The positions of an `any:` lookup, in dataset order; null (so: the filter runs the term) when it is ambiguous. */
  private lookupAny(encoded: string): number[] | null {
    const head = /^(\d+):/.exec(encoded)
    if (!head) return null
    const encodedParts = encoded.slice(head[0].length).split(PARTS)
    if (encodedParts.length !== Number(head[1])) return null
    const lists: number[][] = []
    for (const part of encodedParts) {
      const match = /^(\d+)(?:\*(\d+))?=/.exec(part)
      const table = match ? this.tables[Number(match[1])] : undefined
      if (!match || !table) return null
      const rest = part.slice(match[0].length)
      if (match[2] === undefined) {
        lists.push(table.get(rest) ?? [])
        continue
      }
      const keys = rest === '' ? [] : rest.split(KEYS)
      if (keys.length !== Number(match[2])) return null
      for (const key of keys) lists.push(table.get(key) ?? [])
    }
    return lists.length ? union(lists) : []
  }

  /** `{"_ref": "<prefix><table>:" + key}->`: a lookup groq-js evaluates in the enclosing scope. */
  private lookupKey(table: number, key: ExprNode): ExprNode {
    const ref: ExprNode = {
      type: 'OpCall',
      op: '+',
      left: { type: 'Value', value: `${this.prefix}${table}:` },
      right: key,
    }
    return {
      type: 'Deref',
      base: { type: 'Object', attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: ref }] },
    }
  }
}

type Doc = { _id: string; _type: string; [key: string]: unknown }
/** A table of the index and the key (or, `many`, the list of keys) a lookup reads from it. */
type KeyedPart = { table: number; key: ExprNode; many: boolean }
/** Marks an `any:` lookup, and separates its parts and the keys of a list (no stored id holds these characters). */
const ANY = 'any:'
/** What `exactTerm` answers for a term no constant-value index covers. */
const NOT_EXACT = Symbol('not exact')
const PARTS = '\u0001'
const KEYS = '\u0002'
/** Attribute names from the document; a `[]` entry maps the rest of the path over an array (`categories[]._ref`). */
type Path = (string | '[]')[]

/** The lookup's documents, or `fallback` when the key was not a string (`"..." + key` is then null). */
function lookup(deref: ExprNode, fallback: ExprNode): ExprNode {
  return {
    type: 'FuncCall',
    namespace: 'global',
    name: 'coalesce',
    args: [{ type: 'AccessAttribute', base: deref, name: 'd' }, fallback],
  } as ExprNode
}

/** The terms of `a || b || (c || d)`. */
function disjuncts(node: ExprNode): ExprNode[] {
  if (node.type === 'Or') return [...disjuncts(node.left), ...disjuncts(node.right)]
  if (node.type === 'Group') return disjuncts(node.base)
  return [node]
}

/** The terms of `a && b && (c && d)`. */
function conjuncts(node: ExprNode): ExprNode[] {
  if (node.type === 'And') return [...conjuncts(node.left), ...conjuncts(node.right)]
  if (node.type === 'Group') return conjuncts(node.base)
  return [node]
}

/** `slug.current` of the document being filtered as ['slug', 'current']; anything else (`^.x`, `@`, calls) undefined. */
function attributePath(node: ExprNode): string[] | undefined {
  const path: string[] = []
  let current: ExprNode | undefined = node
  while (current && current.type === 'AccessAttribute') {
    path.unshift(current.name)
    current = current.base
  }
  return current === undefined && path.length > 0 ? path : undefined
}

/** An array-valued path: `tags` or `categories[]._ref`. */
function elementsPath(node: ExprNode): Path | undefined {
  if (node.type === 'Map' && node.base.type === 'ArrayCoerce') {
    const array = attributePath(node.base.base)
    const inner: string[] = []
    let current: ExprNode | undefined = node.expr
    while (current && current.type === 'AccessAttribute') {
      inner.unshift(current.name)
      current = current.base
    }
    return array && current?.type === 'This' && inner.length > 0 ? [...array, '[]', ...inner] : undefined
  }
  return attributePath(node)
}

/**
 * A key read from the enclosing document (`^._id`, `^.author._ref`), rewritten for evaluation one scope
 * out, where the filter's base is evaluated; undefined for anything else.
 */
function outer(node: ExprNode): ExprNode | undefined {
  if (node.type !== 'AccessAttribute' || !node.base) return undefined
  if (node.base.type === 'Parent') {
    if (node.base.n < 1) return undefined
    return { ...node, base: node.base.n === 1 ? { type: 'This' } : { type: 'Parent', n: node.base.n - 1 } }
  }
  const base = outer(node.base)
  return base ? { ...node, base } : undefined
}

/**
 * A list of keys read from the enclosing document (`^.categories[]._ref`), rewritten for evaluation one scope out;
 * undefined for anything else.
 */
function outerArray(node: ExprNode): ExprNode | undefined {
  if (node.type !== 'Map' || node.base.type !== 'ArrayCoerce') return undefined
  const base = outer(node.base.base)
  let current: ExprNode | undefined = node.expr
  while (current && current.type === 'AccessAttribute') current = current.base
  return base && current?.type === 'This' ? { ...node, base: { ...node.base, base } } : undefined
}

/** What groq-js's attribute access yields, as plain data: own properties of objects only. */
function valueAt(doc: unknown, path: string[]): unknown {
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
function includes(sorted: number[], value: number): boolean {
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

function union(lists: number[][]): number[] {
  if (lists.length === 1) return lists[0]!
  return [...new Set(lists.flat())].sort((a, b) => a - b)
}

function intersect(lists: number[][], size: number): number[] {
  if (lists.length === 1) return lists[0]!
  const hits = new Uint8Array(size)
  for (const list of lists) for (const at of list) hits[at]!++
  const smallest = lists.reduce((a, b) => (a.length <= b.length ? a : b))
  return smallest.filter((at) => hits[at] === lists.length)
}
