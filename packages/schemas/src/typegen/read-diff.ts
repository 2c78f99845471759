/** Query results: what a GROQ query returns (TypeGen) against what the zod schema that parses it reads. */
import type { Kind, Optional, Present, Tag } from './compare.ts'

/**
 * Every field zod reads that the query's result (TypeGen) lacks or returns as another kind, down to nested objects
 * and array members. Null is ignored (the queries project a missing field as null, and zod decides per field whether
 * that is fine); a field the query returns that zod ignores is fine (zod drops it); a value TypeGen could not type
 * (`unknown`) is taken as read.
 */
export type ReadDiff<Q, Z, Path extends string> = Read<Present<Q>, Present<Z>, Path>

type Read<Q, Z, P extends string> = unknown extends Q
  ? never
  : unknown extends Z
    ? never
    : [Q] extends [never]
      ? never
      : [Z] extends [readonly (infer ZM)[]]
        ? [Q] extends [readonly (infer QM)[]]
          ? ReadMembers<Present<QM>, Present<ZM>, `${P}[]`>
          : `${P}: the query returns ${Kind<Q>}, zod reads an array`
        : [Z] extends [object]
          ? [Q] extends [object]
            ? ReadMembers<Q, Z, P>
            : `${P}: the query returns ${Kind<Q>}, zod reads an object`
          : [Q] extends [Z]
            ? never
            : Kind<Q> extends Kind<Z>
              ? `${P}: the query returns values zod does not allow`
              : `${P}: the query returns ${Kind<Q>}, zod reads ${Kind<Z>}`

/** Each kind of item the query returns is read by the zod member with the same `_type` (or by the one schema). */
type ReadMembers<QM, ZM, P extends string> = QM extends unknown
  ? [QM] extends [object]
    ? [ZMatch<QM, ZM>] extends [never]
      ? `${P}: the query returns "${Tag<QM>}" items, zod rejects them`
      : ReadObject<QM, ZMatch<QM, ZM>, P>
    : Read<QM, ZM, P>
  : never

type ZMatch<QM, ZM> = QM extends { _type: infer T }
  ? ZM extends { _type?: infer U }
    ? [T] extends [Present<U>]
      ? ZM
      : never
    : ZM
  : ZM

// A field zod can do without (optional and not nullable, as a stored `_type`) need not be projected; a nullable one
// must be, or zod would read null forever after a rename.
type ReadObject<Q, Z, P extends string> = Z extends unknown
  ? {
      [K in keyof Z & string]: K extends keyof Q
        ? Read<Present<Q[K]>, Present<Z[K]>, `${P}.${K}`>
        : [Optional<Z, K>, null extends Z[K] ? true : false] extends [true, false]
          ? never
          : `${P}.${K}: zod reads it, the query does not return it`
    }[keyof Z & string]
  : never
