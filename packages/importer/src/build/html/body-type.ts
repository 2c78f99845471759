import { blockContentType as studioBlockContentType } from '@blog/studio/compiled-schema'
import type { ArraySchemaType } from '@sanity/types'

/**
 * The article body's type as the Studio compiles it (styles, lists, decorators, annotations and members of
 * studio/schemaTypes/objects/block-content.ts), so block-tools keeps exactly what editors can write.
 */
export function blockContentType(): ArraySchemaType {
  return studioBlockContentType()
}
