import { defineArrayMember, defineField, defineType } from '@sanity/types'

/**
 * The types the Studio's table and code plugins (@sanity/table, @sanity/code-input) register, with the same fields,
 * for what compiles the schema without the Studio: the importer (compiled.ts) and the schema tests. The Studio itself
 * gets them, with their inputs, from the plugins in sanity.config.ts; importing the plugins here would load their
 * styles and editors on plain Node.
 */
export const pluginTypes = [
  defineType({
    name: 'table',
    title: 'Table',
    type: 'object',
    fields: [defineField({ name: 'rows', type: 'array', of: [defineArrayMember({ type: 'tableRow' })] })],
  }),
  defineType({
    name: 'tableRow',
    title: 'Table row',
    type: 'object',
    fields: [defineField({ name: 'cells', type: 'array', of: [defineArrayMember({ type: 'string' })] })],
  }),
  defineType({
    name: 'code',
    title: 'Code',
    type: 'object',
    fields: [
      defineField({ name: 'language', type: 'string' }),
      defineField({ name: 'filename', type: 'string' }),
      defineField({ name: 'code', type: 'text' }),
      defineField({ name: 'highlightedLines', type: 'array', of: [defineArrayMember({ type: 'number' })] }),
    ],
  }),
]
