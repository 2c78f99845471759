import type { DereferenceFunction, ExprNode } from 'groq-js'
import { attributePath, conjuncts, disjuncts, elementsPath, isCall, outer, outerArray } from './groq-tree.ts'
import { LookupRefs, lookupAnswer, type KeyedPart } from './lookup-ref.ts'
import { includes, intersect, Postings, union } from './postings.ts'

/**
 * Indexes over the embedded dataset that spare groq-js most of its full scans without changing an answer.
 *
 * - `dereference` finds `->` targets in a Map instead of scanning the dataset.
 * - `narrow` rewrites each `*[filter]` before groq-js runs it. Terms of the filter's `&&` chain that an index
 *   answers exactly (`path == "x"`, `path in ["x"]`, `"x" in path`, `references("x")`, `defined(path)`,
 *   `dateTime(path) <= dateTime(now())`) select candidates; when every term is answered that way the filter is
 *   replaced by its result, otherwise groq-js runs the whole filter over the candidates (a superset of the
 *   matches, in dataset order: the same result). A term keyed by the enclosing document (`author._ref == ^._id`,
 *   `^._id in categories[]._ref`, `references(^._id)`) becomes a lookup groq-js makes through `dereference`
 *   (lookup-ref.ts), falling back to the whole dataset when the key is not a string.
 *
 * Nested `*` and `->` still see the whole dataset. Tests compare indexed and plain answers.
 */
export class DatasetIndex {
  private readonly byId = new Map<string, Doc>()
  private readonly refs = new LookupRefs()
  private readonly postings: Postings
  /** Selections a lookup is kept to (see `rewrite`), the most recent few: a lookup is only ever read right away. */
  private readonly selections = new Map<number, number[]>()
  private selectionIds = 0

  private readonly documents: unknown[]

  constructor(documents: unknown[]) {
    this.documents = documents
    this.postings = new Postings(documents)
    for (const doc of documents) {
      const id = (doc as { _id?: unknown })._id
      // groq-js's scan returns the first document with the id.
      if (typeof id === 'string' && !this.byId.has(id)) this.byId.set(id, doc as Doc)
    }
  }

  /** groq-js's `dereference` option: `->` targets and the lookups `narrow` writes. */
  readonly dereference: DereferenceFunction = ({ _ref }) => {
    const decoded = this.refs.decode(_ref)
    if (decoded === undefined) return this.byId.get(_ref) ?? null
    if (decoded === null) return null
    let within: number[] | undefined
    if (decoded.selection !== undefined) {
      within = this.selections.get(decoded.selection)
      // Forgotten (only after many other queries): null, so the filter falls back to the whole selection.
      if (!within) return null
    }
    let positions = this.postings.read(decoded.reads)
    if (!positions) return null
    if (within) positions = positions.filter((at) => includes(within, at))
    return lookupAnswer(
      _ref,
      positions.map((at) => this.documents[at]),
    )
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
    let dynamic: { term: ExprNode; parts: KeyedPart[] } | undefined
    for (const term of conjuncts(filter.expr as ExprNode)) {
      const found = await this.term(term, timestamp)
      if (Array.isArray(found)) exact.push(found)
      else if (found && !dynamic) dynamic = { term, parts: found.keyed }
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
      ? this.refs.lookup(dynamic.parts, positions && this.select(positions), {
          type: 'Filter',
          base: within,
          expr: dynamic.term,
        } as ExprNode)
      : within
    filter.expr = remaining.length
      ? remaining.reduce((left, right) => ({ type: 'And', left, right }) as ExprNode)
      : ({ type: 'Value', value: true } as ExprNode)
  }

  /** A number for `positions`, which a lookup's documents are then kept to (in the dereference). */
  private select(positions: number[]): number {
    const id = ++this.selectionIds
    this.selections.set(id, positions)
    if (this.selections.size > 256) this.selections.delete(this.selections.keys().next().value!)
    return id
  }

  /**
   * Positions (ascending) where the term is true, exactly; or the keyed parts of a lookup whose documents are a
   * superset of the matches; or undefined when no index applies.
   */
  private async term(node: ExprNode, timestamp: Date): Promise<number[] | { keyed: KeyedPart[] } | undefined> {
    if (node.type === 'Group') return this.term(node.base, timestamp)
    if (node.type === 'Or') {
      // Exact when every side is exact (the union); a lookup when every side is keyed by the enclosing document.
      const sides = disjuncts(node)
      const found = await Promise.all(sides.map((side) => this.term(side, timestamp)))
      if (found.every((side) => Array.isArray(side))) return union(found as number[][])
      const keyed = sides.map((side) => this.keyedParts(side))
      return keyed.every((parts) => parts) ? { keyed: keyed.flat() as KeyedPart[] } : undefined
    }
    const exact = await this.exactTerm(node, timestamp)
    if (exact !== NOT_EXACT) return exact
    const parts = this.keyedParts(node)
    return parts && { keyed: parts }
  }

  /**
   * Positions where a term with constant values is true (`path == "x"`, `path in ["x"]`, `"x" in path`,
   * `references("x")`, `defined(path)`, the published-by-now test); undefined when an index could answer it but its
   * value type rules the index out; NOT_EXACT for a term of another shape.
   */
  private async exactTerm(node: ExprNode, timestamp: Date): Promise<number[] | undefined | typeof NOT_EXACT> {
    const { postings } = this
    if (node.type === 'OpCall' && node.op === '==') {
      for (const [a, b] of [
        [node.left, node.right],
        [node.right, node.left],
      ] as const) {
        const path = attributePath(a)
        if (path && b.type === 'Value')
          return typeof b.value === 'string' ? (postings.table('value', path).get(b.value) ?? []) : undefined
      }
      return NOT_EXACT
    }
    if (node.type === 'OpCall' && node.op === 'in') {
      const path = attributePath(node.left)
      if (path && node.right.type === 'Value' && Array.isArray(node.right.value)) {
        const values: unknown[] = node.right.value
        if (!values.every((value) => typeof value === 'string')) return undefined
        return union(values.map((value) => postings.table('value', path).get(value as string) ?? []))
      }
      const elements = elementsPath(node.right)
      if (elements && node.left.type === 'Value')
        return typeof node.left.value === 'string'
          ? (postings.table('elements', elements).get(node.left.value) ?? [])
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
        return union([...ids].map((id) => postings.table('refs', []).get(id) ?? []))
      }
      return NOT_EXACT
    }
    if (node.name === 'defined' && node.args.length === 1) {
      const path = attributePath(node.args[0]!)
      return path ? postings.defined(path) : undefined
    }
    return undefined
  }

  /** `dateTime(path) <= dateTime(now())`. */
  private async publishedBy(node: ExprNode, timestamp: Date): Promise<number[] | undefined> {
    if (node.type !== 'OpCall' || node.op !== '<=') return undefined
    const { left, right } = node
    if (!isCall(left, 'dateTime', 1) || !isCall(right, 'dateTime', 1) || !isCall(right.args[0]!, 'now', 0))
      return undefined
    const path = attributePath(left.args[0]!)
    if (!path) return undefined
    return this.postings.notAfter(path, timestamp)
  }

  /**
   * A term keyed by the enclosing document, as the table and key a lookup reads (`author._ref == ^.author._ref`,
   * `^._id in categories[]._ref`, `references(^._id)`, `references(^.categories[]._ref)`); undefined otherwise.
   */
  private keyedParts(node: ExprNode): KeyedPart[] | undefined {
    const { postings } = this
    if (node.type === 'Group') return this.keyedParts(node.base)
    if (node.type === 'OpCall' && node.op === '==') {
      for (const [a, b] of [
        [node.left, node.right],
        [node.right, node.left],
      ] as const) {
        const path = attributePath(a)
        const key = path ? outer(b) : undefined
        if (path && key) return [{ table: postings.id('value', path), key, many: false }]
      }
      return undefined
    }
    if (node.type === 'OpCall' && node.op === 'in') {
      const elements = elementsPath(node.right)
      const key = elements ? outer(node.left) : undefined
      return elements && key ? [{ table: postings.id('elements', elements), key, many: false }] : undefined
    }
    if (isCall(node, 'references', 1)) {
      const key = outer(node.args[0]!)
      if (key) return [{ table: postings.id('refs', []), key, many: false }]
      const keys = outerArray(node.args[0]!)
      if (keys) return [{ table: postings.id('refs', []), key: keys, many: true }]
    }
    return undefined
  }
}

type Doc = { _id: string; _type: string; [key: string]: unknown }
/** What `exactTerm` answers for a term no constant-value index covers. */
const NOT_EXACT = Symbol('not exact')
