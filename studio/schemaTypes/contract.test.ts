/**
 * The Studio schema and the zod stored-document schemas (@blog/schemas) must describe the same model:
 * same fields, same kinds, same required-ness, for every document type and every nested object.
 */
import { createSchema } from 'sanity'
import {
  BLOCK_STYLES,
  DECORATORS,
  INTERNAL_LINK_TYPES,
  LIST_TYPES,
  oldPathSchema,
  storedDocumentSchemas,
  type StoredDocumentType,
  videoFileFieldSchema,
} from '@blog/schemas'
import { schemaTypes } from '.'
import { compare, type StudioType, type ZodNode } from './contract'
import { SAMPLE_DATASET } from '@blog/sample-content'
import { fixtures, readSampleDocuments, studioSchema } from './test-support'
import { pluginTypes } from './objects/plugin-types'
import { oldPathFormat } from './rules'

// Asset documents (sanity.imageAsset, sanity.fileAsset) are Sanity's own: the Studio schema does not define them.
const documentTypes = Object.keys(storedDocumentSchemas).filter(
  (type) => !type.startsWith('sanity.'),
) as StoredDocumentType[]
const studioDocument = (type: string) => studioSchema.get(type) as StudioType

describe('Studio schema', () => {
  it('compiles with no errors or warnings (what `sanity schema validate` checks)', () => {
    const problems = (studioSchema._validation ?? []).flatMap((group) =>
      group.problems.map((problem) => `${group.path.map((p) => p.name).join('.')}: ${problem.message}`),
    )
    expect(problems).toEqual([])
  })

  it('has exactly the document types the zod stored schemas list', () => {
    const studioDocuments = schemaTypes.filter((type) => type.type === 'document').map((type) => type.name)
    expect(studioDocuments.sort()).toEqual([...documentTypes].sort())
  })
})

describe.each(documentTypes)('%s: Studio and zod describe the same fields', (type) => {
  it('match in names, kinds and required-ness, down to nested objects', () => {
    expect(compare(type, studioDocument(type), storedDocumentSchemas[type] as unknown as ZodNode)).toEqual([])
  })

  it('accepts the test fixture with zod', () => {
    expect(storedDocumentSchemas[type].safeParse(fixtures[type as keyof typeof fixtures]).error?.issues ?? []).toEqual(
      [],
    )
  })
})

describe('rich text options', () => {
  const blockOf = (type: string) =>
    (studioSchema.get(type) as StudioType).of?.find((member) => member.name === 'block') as StudioType
  const field = (type: StudioType, name: string) => type.fields?.find((f) => f.name === name)?.type as StudioType
  const values = (type: StudioType) =>
    (type.options?.list ?? []).map((item: unknown) => (item as { value: string }).value)

  it('blockContent offers exactly the shared styles, lists, decorators and annotations', () => {
    const block = blockOf('blockContent')
    expect(values(field(block, 'style'))).toEqual([...BLOCK_STYLES])
    expect(values(field(block, 'listItem'))).toEqual([...LIST_TYPES])
    const span = field(block, 'children').of?.[0] as StudioType & { decorators?: { value: string }[] }
    expect(span.decorators?.map((d) => d.value)).toEqual([...DECORATORS])
    expect(field(block, 'markDefs').of?.map((member) => member.name)).toEqual(['link', 'internalLink'])
    const internal = field(block, 'markDefs').of?.[1] as StudioType
    const target = field(internal, 'reference') as StudioType & { to?: { name: string }[] }
    expect(target.to?.map((t) => t.name)).toEqual([...INTERNAL_LINK_TYPES])
  })

  it('simpleBlockContent is normal paragraphs with links only', () => {
    const block = blockOf('simpleBlockContent')
    expect(values(field(block, 'style'))).toEqual(['normal'])
    expect(field(block, 'markDefs').of?.map((member) => member.name)).toEqual(['link'])
  })
})

describe('old addresses', () => {
  it.each([
    ['/2019/04/easy-runs', true],
    ['/?p=123', true],
    ['/posts/café', true],
    ['https://old.example/2019/04/easy-runs', false],
    ['/easy-runs/', false],
    ['/?p=123&utm_source=mail', false],
    ['easy runs', false],
    ['/', false],
  ])('the Studio and zod both take %j as stored: %s', (value, stored) => {
    expect(oldPathFormat(value) === true).toBe(stored)
    expect(oldPathSchema.safeParse(value).success).toBe(stored)
  })
})

describe('the contract check itself', () => {
  const category = schemaTypes.find((type) => type.name === 'category')!
  const drifted = (fields: unknown[]) => {
    const schema = createSchema({ name: 'drift', types: [{ ...category, fields }] })
    return compare(
      'category',
      schema.get('category') as StudioType,
      storedDocumentSchemas.category as unknown as ZodNode,
    )
  }
  const fields = (category as unknown as { fields: { name: string }[] }).fields

  it('reports a field only one side has', () => {
    expect(drifted([...fields, { name: 'color', type: 'string' }])).toEqual([
      'category.color: in the Studio, missing from zod',
    ])
    expect(drifted(fields.filter((f) => f.name !== 'description'))).toEqual([
      'category.description: in zod, missing from the Studio',
    ])
  })

  it('looks inside nested objects and array members', () => {
    const writtenFor = schemaTypes.find((type) => type.name === 'writtenFor') as unknown as {
      fields: { name: string }[]
    }
    const loose = {
      ...writtenFor,
      fields: writtenFor.fields.map((f) => (f.name === 'name' ? { name: 'name', type: 'string' } : f)),
    }
    const schema = createSchema({
      name: 'drift',
      types: [...schemaTypes.filter((type) => type.name !== 'writtenFor'), ...pluginTypes, loose],
    })
    expect(
      compare('article', schema.get('article') as StudioType, storedDocumentSchemas.article as unknown as ZodNode),
    ).toEqual(['article.writtenFor.name: zod requires it, the Studio does not'])
  })

  it('tells a file field from an object and compares the blocks that hold one', () => {
    const video = schemaTypes.find((type) => type.name === 'videoFile') as unknown as { fields: { name: string }[] }
    const captionsAsText = {
      ...video,
      fields: video.fields.map((f) => (f.name === 'captions' ? { name: 'captions', type: 'text' } : f)),
    }
    const schema = createSchema({ name: 'drift', types: [captionsAsText] })
    expect(
      compare('videoFile', schema.get('videoFile') as StudioType, videoFileFieldSchema as unknown as ZodNode),
    ).toEqual(['videoFile.captions: Studio stores string, zod expects file'])
    expect(
      compare('videoFile', studioSchema.get('videoFile') as StudioType, videoFileFieldSchema as unknown as ZodNode),
    ).toEqual([])
  })

  it('reports a different kind and a different required-ness', () => {
    const swapped = fields.map((f) => (f.name === 'description' ? { name: 'description', type: 'number' } : f))
    expect(drifted(swapped)).toEqual(['category.description: Studio stores number, zod expects string'])
    const optionalTitle = fields.map((f) => (f.name === 'title' ? { name: 'title', type: 'string' } : f))
    expect(drifted(optionalTitle)).toEqual(['category.title: zod requires it, the Studio does not'])
  })
})

const sample = readSampleDocuments()

describe('sample dataset', () => {
  it(`every document in ${SAMPLE_DATASET} parses with the zod stored schemas`, () => {
    const failures = sample.flatMap((doc) => {
      const schema = storedDocumentSchemas[doc._type as StoredDocumentType]
      if (!schema) return [`${doc._id}: unknown _type ${doc._type}`]
      const result = schema.safeParse(doc)
      return result.success
        ? []
        : result.error.issues.map((issue) => `${doc._id} ${issue.path.join('.')}: ${issue.message}`)
    })
    expect(failures).toEqual([])
    expect(sample.length).toBeGreaterThan(0)
  })
})
