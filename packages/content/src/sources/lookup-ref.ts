import type { ExprNode } from 'groq-js'
import { call, plus, value } from './groq-tree.ts'

/**
 * How the planner's lookups travel through groq-js. A rewritten filter reads its candidates as
 * `coalesce({"_ref": <ref>}->d, <fallback>)`: groq-js evaluates `<ref>` in the enclosing scope (so keys read from the
 * enclosing document become strings) and hands the string to the index's `dereference`, which decodes it here.
 *
 * The string: `<prefix>[@<selection>@]` then either `<table>:<key>` (one key, any string), or
 * `any:<n>:` and n parts joined by PARTS, each `<table>=<key>` or `<table>*<count>=<keys joined by KEYS>`.
 * The counts (of string keys) let `decode` tell a key that holds a separator, or a list holding a number: it then
 * answers null and the filter runs the term itself.
 * A key that is not a string makes the whole string null (`"..." + null`), and the fallback runs.
 */

/** A table of the index and the key (or, `many`, the list of keys) a lookup reads from it, as query expressions. */
export type KeyedPart = { table: number; key: ExprNode; many: boolean }

/** A lookup's `_ref` once groq-js has evaluated it: the selection it is kept to, and the keys read from each table. */
export interface DecodedLookup {
  selection?: number
  reads: { table: number; keys: string[] }[]
}

const ANY = 'any:'
const THIS = { type: 'This' } as ExprNode
/** No stored id holds these characters (the parts of an `any:` lookup, the keys of a list). */
const PARTS = '\u0001'
const KEYS = '\u0002'

/** The field of the answer `dereference` gives for a lookup that holds the documents. */
const DOCUMENTS = 'd'

export class LookupRefs {
  /** Starts every lookup's `_ref`: no stored id starts with a NUL character. */
  readonly prefix: string

  constructor(prefix = `\u0000index-${Math.random().toString(36).slice(2)}:`) {
    this.prefix = prefix
  }

  /** The documents of the lookup, or `fallback` when its key was not a string. */
  lookup(parts: KeyedPart[], selection: number | undefined, fallback: ExprNode): ExprNode {
    const deref = {
      type: 'Deref',
      base: {
        type: 'Object',
        attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: this.ref(parts, selection) }],
      },
    } as ExprNode
    return call('global', 'coalesce', { type: 'AccessAttribute', base: deref, name: DOCUMENTS } as ExprNode, fallback)
  }

  /** The string expression groq-js evaluates to the lookup's `_ref`. */
  ref(parts: KeyedPart[], selection?: number): ExprNode {
    const head = `${this.prefix}${selection === undefined ? '' : `@${selection}@`}`
    const only = parts.length === 1 && !parts[0]!.many ? parts[0]! : undefined
    if (only) return plus(value(`${head}${only.table}:`), only.key)
    let ref = value(`${head}${ANY}${parts.length}:`)
    parts.forEach((part, index) => {
      const separator = index ? PARTS : ''
      if (!part.many) {
        ref = plus(plus(ref, value(`${separator}${part.table}=`)), part.key)
        return
      }
      const keys = call('global', 'coalesce', part.key, value([]))
      // Counts the string keys only: array::join writes a number as digits, and `3` must not read the key "3".
      const strings = {
        type: 'Filter',
        base: keys,
        expr: { type: 'OpCall', op: '==', left: THIS, right: call('global', 'string', THIS) },
      } as ExprNode
      const count = call('global', 'string', call('global', 'count', strings))
      ref = plus(
        plus(plus(plus(ref, value(`${separator}${part.table}*`)), count), value('=')),
        call('array', 'join', keys, value(KEYS)),
      )
    })
    return ref
  }

  /** undefined for a `_ref` that is not a lookup (a document's id); null for one whose keys cannot be told apart. */
  decode(ref: string): DecodedLookup | null | undefined {
    if (!ref.startsWith(this.prefix)) return undefined
    let rest = ref.slice(this.prefix.length)
    let selection: number | undefined
    const restricted = /^@(\d+)@/.exec(rest)
    if (restricted) {
      selection = Number(restricted[1])
      rest = rest.slice(restricted[0].length)
    }
    const reads = rest.startsWith(ANY) ? decodeParts(rest.slice(ANY.length)) : decodeKey(rest)
    if (!reads) return null
    return selection === undefined ? { reads } : { selection, reads }
  }
}

/** What `dereference` answers for a lookup: a document-like object holding the documents. */
export const lookupAnswer = (ref: string, documents: unknown[]) => ({ _id: ref, [DOCUMENTS]: documents })

function decodeKey(encoded: string): DecodedLookup['reads'] | null {
  const head = /^(\d+):/.exec(encoded)
  return head ? [{ table: Number(head[1]), keys: [encoded.slice(head[0].length)] }] : null
}

function decodeParts(encoded: string): DecodedLookup['reads'] | null {
  const head = /^(\d+):/.exec(encoded)
  if (!head) return null
  const parts = encoded.slice(head[0].length).split(PARTS)
  if (parts.length !== Number(head[1])) return null
  const reads: DecodedLookup['reads'] = []
  for (const part of parts) {
    const match = /^(\d+)(?:\*(\d+))?=/.exec(part)
    if (!match) return null
    const rest = part.slice(match[0].length)
    if (match[2] === undefined) {
      reads.push({ table: Number(match[1]), keys: [rest] })
      continue
    }
    const keys = rest === '' ? [] : rest.split(KEYS)
    if (keys.length !== Number(match[2])) return null
    reads.push({ table: Number(match[1]), keys })
  }
  return reads
}
