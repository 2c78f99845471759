/**
 * What the type-level comparisons between Sanity TypeGen's types (sanity.types.ts) and the zod schemas share
 * (stored-diff.ts, read-diff.ts). Each comparison answers `never` when the two agree, or the differences as readable
 * messages; `NoDiff` makes any message a compile error.
 */

/** Holds when `Diff` is `never`; otherwise tsc prints each difference. */
export type NoDiff<Diff extends never> = Diff

/** Holds when two types are the same (no difference in either direction). */
export type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? never
    : `only in the second: ${Show<B>}`
  : `only in the first: ${Show<A>}`

export type Show<T> = T extends string | number | boolean ? T : 'a non-literal type'
export type Present<T> = Exclude<T, null | undefined>
export type Optional<T, K extends keyof T> = object extends Pick<T, K> ? true : false

export type Kind<T> = T extends string
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
export type Tag<T> = T extends object ? ('_type' extends keyof T ? Present<T['_type']> & string : Kind<T>) : Kind<T>
export type WithTag<Members, Name> = Members extends unknown ? (Name extends Tag<Members> ? Members : never) : never
