import type { ArbitraryTypedObject, DeserializerRule, TypedObject } from '@portabletext/block-tools'
import { cleanText } from '../../text.ts'

export type Next = Parameters<DeserializerRule['deserialize']>[1]
export type CreateBlock = Parameters<DeserializerRule['deserialize']>[2]

export const asArray = (value: TypedObject | TypedObject[] | undefined): TypedObject[] =>
  Array.isArray(value) ? value : value ? [value] : []

/** Text of an attribute or element as one line: runs of whitespace (newlines too) are one space. */
export const tidyText = (text: string | null | undefined) => cleanText((text ?? '').replace(/\s+/g, ' '))

/** A normal paragraph of already-converted children. */
export const blockOf = (children: TypedObject[], extra: Record<string, unknown> = {}): ArbitraryTypedObject => ({
  _type: 'block',
  style: 'normal',
  markDefs: [],
  children,
  ...extra,
})
