/**
 * The Studio schema compiled without the Studio, for tools on plain Node (`@blog/studio/compiled-schema`): the
 * importer hands `blockContentType()` to @portabletext/block-tools, so imported HTML gets exactly the styles, marks
 * and members editors can write. Loads `@sanity/schema`, not `sanity`, whose root takes seconds to import.
 */
import { Schema } from '@sanity/schema'
import { builtinTypes } from '@sanity/schema/_internal'
import type { ArraySchemaType } from '@sanity/types'
import { schemaTypes } from './index.ts'
import { pluginTypes } from './objects/plugin-types.ts'

type CompiledSchema = ReturnType<typeof Schema.compile>

let compiled: CompiledSchema | undefined

/**
 * The Studio's types compiled together with Sanity's built-in ones (image hotspot and crop, asset documents), as
 * the Studio compiles them. Compiled on the first call, then reused.
 */
export function compiledSchema(): CompiledSchema {
  compiled ??= Schema.compile({ name: 'blog', types: [...builtinTypes, ...schemaTypes, ...pluginTypes] })
  return compiled
}

/** The compiled article body (`blockContent`), the array type `htmlToBlocks(html, type, options)` takes. */
export function blockContentType(): ArraySchemaType {
  const type = compiledSchema().get('blockContent') as ArraySchemaType | undefined
  if (type?.jsonType !== 'array') throw new Error('the Studio schema has no blockContent array type')
  return type
}
