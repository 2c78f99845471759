/** Stored documents: what the Studio writes (TypeGen) against what the zod stored schemas accept. */
import type { Kind, Optional, Present, Show, Tag, WithTag } from './compare.ts'

/** Keys Sanity writes and manages itself: never editor fields. */
type Managed<T> = T extends { _type: 'image' }
  ? 'asset' | 'media' | 'hotspot' | 'crop'
  : T extends { _type: 'file' }
    ? 'asset' | 'media'
    : T extends { _type: 'slug' }
      ? 'source'
      : never
type Fields<T, Of> = Exclude<keyof T, symbol | `_${string}` | Managed<Of>> & string

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
