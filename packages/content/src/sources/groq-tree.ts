import type { ExprNode } from 'groq-js'

/** Attribute names from the document; a `[]` entry maps the rest of the path over an array (`categories[]._ref`). */
export type Path = (string | '[]')[]

/** The terms of `a && b && (c && d)`. */
export function conjuncts(node: ExprNode): ExprNode[] {
  if (node.type === 'And') return [...conjuncts(node.left), ...conjuncts(node.right)]
  if (node.type === 'Group') return conjuncts(node.base)
  return [node]
}

/** The terms of `a || b || (c || d)`. */
export function disjuncts(node: ExprNode): ExprNode[] {
  if (node.type === 'Or') return [...disjuncts(node.left), ...disjuncts(node.right)]
  if (node.type === 'Group') return disjuncts(node.base)
  return [node]
}

/** `slug.current` of the document being filtered as ['slug', 'current']; anything else (`^.x`, `@`, calls) undefined. */
export function attributePath(node: ExprNode): string[] | undefined {
  const path: string[] = []
  let current: ExprNode | undefined = node
  while (current && current.type === 'AccessAttribute') {
    path.unshift(current.name)
    current = current.base
  }
  return current === undefined && path.length > 0 ? path : undefined
}

/** An array-valued path: `tags` or `categories[]._ref`. */
export function elementsPath(node: ExprNode): Path | undefined {
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
export function outer(node: ExprNode): ExprNode | undefined {
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
export function outerArray(node: ExprNode): ExprNode | undefined {
  if (node.type !== 'Map' || node.base.type !== 'ArrayCoerce') return undefined
  const base = outer(node.base.base)
  let current: ExprNode | undefined = node.expr
  while (current && current.type === 'AccessAttribute') current = current.base
  return base && current?.type === 'This' ? { ...node, base: { ...node.base, base } } : undefined
}

/** A global function call of that name and arity (`dateTime(x)`, `now()`). */
export const isCall = (node: ExprNode, name: string, args: number): node is Extract<ExprNode, { type: 'FuncCall' }> =>
  node.type === 'FuncCall' && node.namespace === 'global' && node.name === name && node.args.length === args

export const value = (v: unknown): ExprNode => ({ type: 'Value', value: v }) as ExprNode

export const call = (namespace: string, name: string, ...args: ExprNode[]): ExprNode =>
  ({ type: 'FuncCall', namespace, name, args }) as ExprNode

export const plus = (left: ExprNode, right: ExprNode): ExprNode =>
  ({ type: 'OpCall', op: '+', left, right }) as ExprNode
