/**
 * Type-level comparisons between what Sanity TypeGen generates (sanity.types.ts) and the zod schemas. Each answers
 * `never` when the two agree, or the differences as readable messages; `NoDiff` makes any message a compile error.
 */

/** Holds when `Diff` is `never`; otherwise tsc prints each difference. */
export type NoDiff<Diff extends never> = Diff

/** Holds when two types are the same (no difference in either direction). */
export type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? never
    : `only in the second: ${Show<B>}`
  : `only in the first: ${Show<A>}`

type Show<T> = T extends string | number | boolean ? T : 'a non-literal type'
type Present<T> = Exclude<T, null | undefined>
type Optional<T, K extends keyof T> = object extends Pick<T, K> ? true : false

type Kind<T> = T extends string
  ? 'string'
  : T extends number
    ? 'number'
    : T extends boolean
      ? 'boolean'
      : T extends readonly unknown[]
        ? 'array'
        : T extends object
          ? 'object'
          : 'nothing'

/** An array member's name: its `_type`, or its kind for a primitive. */
type Tag<T> = T extends object ? ('_type' extends keyof T ? Present<T['_type']> & string : Kind<T>) : Kind<T>
type WithTag<Members, Name> = Members extends unknown ? (Name extends Tag<Members> ? Members : never) : never

/** Keys Sanity writes and manages itself: never editor fields. */
type Managed<T> = T extends { _type: 'image' }
  ? 'asset' | 'media' | 'hotspot' | 'crop'
  : T extends { _type: 'file' }
    ? 'asset' | 'media'
    : T extends { _type: 'slug' }
      ? 'source'
      : never
type Fields<T, Of> = Exclude<keyof T, symbol | `_${string}` | Managed<Of>> & string

// ---- Stored documents: what the Studio writes against what the zod stored schemas accept ----

/**
 * Every difference between a Studio type S (TypeGen, required fields enforced) and a zod stored schema's input Z:
 * a field only one side has, a different kind, a different required-ness, an option or array member only one
 * side allows; down to nested objects and array members. Mirrors what Studio editors can write.
 */
export type StoredDiff<S, Z, Path extends string> = StoredValue<Present<S>, Present<Z>, Path>

// A field the Studio never writes (`never`, as `listItem` where a block offers no lists) is one zod may still allow.
type StoredValue<S, Z, P extends string> = [S] extends [never]
  ? never
  : [S] extends [readonly (infer SM)[]]
    ? [Z] extends [readonly (infer ZM)[]]
      ? StoredMembers<SM, ZM, P>
      : `${P}: Studio stores array, zod expects ${Kind<Z>}`
    : [S] extends [object]
      ? [Z] extends [readonly unknown[]]
        ? `${P}: Studio stores object, zod expects array`
        : [Z] extends [object]
          ? StoredObject<S, Z, P>
          : `${P}: Studio stores object, zod expects ${Kind<Z>}`
      : StoredPrimitive<S, Z, P>

type StoredPrimitive<S, Z, P extends string> = [S] extends [Z]
  ? never
  : Kind<S> extends Kind<Z>
    ? string extends S
      ? `${P}: zod allows only some values, the Studio has no option list`
      : S extends Z
        ? never
        : `${P}: Studio option "${Show<S>}" not allowed by zod`
    : `${P}: Studio stores ${Kind<S>}, zod expects ${Kind<Z>}`

type StoredMembers<SM, ZM, P extends string> =
  | (SM extends unknown
      ? [WithTag<ZM, Tag<SM>>] extends [never]
        ? `${P}[]: Studio adds "${Tag<SM>}" items, zod rejects them`
        : StoredValue<SM, WithTag<ZM, Tag<SM>>, `${P}[${Tag<SM>}]`>
      : never)
  | (ZM extends unknown
      ? [WithTag<SM, Tag<ZM>>] extends [never]
        ? `${P}[]: zod allows "${Tag<ZM>}" items, the Studio cannot add them`
        : never
      : never)

type StoredObject<S, Z, P extends string> =
  | (S extends { _type: infer T }
      ? Z extends { _type?: infer U }
        ? [T] extends [Present<U>]
          ? never
          : `${P}: Studio stores "${T & string}", zod expects "${Present<U> & string}"`
        : never
      : never)
  | { [K in Fields<S, S> | Fields<Z, S>]: StoredField<S, Z, K, P> }[Fields<S, S> | Fields<Z, S>]

type StoredField<S, Z, K extends string, P extends string> = K extends keyof S
  ? K extends keyof Z
    ? StoredRequired<S, Z, K, P> | StoredValue<Present<S[K]>, Present<Z[K]>, `${P}.${K}`>
    : `${P}.${K}: in the Studio, missing from zod`
  : `${P}.${K}: in zod, missing from the Studio`

// Sanity writes block and span structure itself (children, text), so only their fields are compared, as before.
type StoredRequired<S, Z, K extends keyof S & keyof Z & string, P extends string> = S extends {
  _type: 'block' | 'span'
}
  ? never
  : Optional<S, K> extends Optional<Z, K>
    ? never
    : Optional<Z, K> extends true
      ? `${P}.${K}: the Studio requires it, zod does not`
      : `${P}.${K}: zod requires it, the Studio does not`

// ---- Query results: what a GROQ query returns against what the zod schema that parses it reads ----

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
