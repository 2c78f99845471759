import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { BLOCK_STYLES, DECORATORS, LIST_TYPES } from '@blog/schemas'
import type { ObjectSchemaType, SchemaType } from '@sanity/types'
import { blockContentType, compiledSchema } from './compiled.ts'
import { schemaTypes } from './index.ts'

const BODY_MEMBERS = [
  'block',
  'image',
  'callout',
  'pullQuote',
  'dataTable',
  'code',
  'divider',
  'embed',
  'linkCard',
  'audioFile',
  'videoFile',
]
const field = (type: ObjectSchemaType, name: string) => type.fields.find((f) => f.name === name)?.type
const listed = (type: SchemaType | undefined) =>
  ((type?.options as { list?: { value: string }[] } | undefined)?.list ?? []).map((item) => item.value)

describe('compiledSchema', () => {
  it('holds every Studio type and compiles only once', () => {
    expect(schemaTypes.filter((type) => !compiledSchema().has(type.name))).toEqual([])
    expect(compiledSchema()).toBe(compiledSchema())
  })
})

describe('blockContentType', () => {
  const body = blockContentType()
  const block = body.of.find((member) => member.name === 'block') as ObjectSchemaType

  it('offers text blocks, images, callouts, pull quotes, tables, code, dividers, embeds, link cards, audio and video', () => {
    expect(body.name).toBe('blockContent')
    expect(body.of.map((member) => member.name)).toEqual(BODY_MEMBERS)
  })

  it('offers exactly the styles, lists and decorators the site renders', () => {
    expect(listed(field(block, 'style'))).toEqual([...BLOCK_STYLES])
    expect(listed(field(block, 'listItem'))).toEqual([...LIST_TYPES])
    const span = (field(block, 'children') as SchemaType & { of: { decorators?: { value: string }[] }[] }).of[0]
    expect(span?.decorators?.map((decorator) => decorator.value)).toEqual([...DECORATORS])
  })
})

describe('@blog/studio/compiled-schema', () => {
  // The importer loads the export in plain Node (type stripping, no bundler): every relative import needs its `.ts`,
  // and `sanity` (seconds to load, browser-oriented) must stay out of it.
  it('loads in plain Node, without importing sanity', () => {
    const script = `
      import { registerHooks } from 'node:module'
      const specifiers = []
      registerHooks({ resolve: (specifier, context, next) => (specifiers.push(specifier), next(specifier, context)) })
      const { blockContentType } = await import('@blog/studio/compiled-schema')
      console.log(JSON.stringify({
        of: blockContentType().of.map((member) => member.name),
        sanity: specifiers.filter((s) => s === 'sanity' || s.startsWith('sanity/')),
      }))`
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env, NODE_OPTIONS: '' },
      encoding: 'utf8',
    })
    expect(JSON.parse(output)).toEqual({ of: BODY_MEMBERS, sanity: [] })
  })
})
