/**
 * The Studio schema and the zod stored-document schemas (@blog/schemas) describe the same model. Fields, kinds,
 * required-ness, option lists, array members and reference targets are compared at compile time against the types
 * Sanity TypeGen generates (packages/schemas/src/typegen); what those types do not carry is compared here: the
 * decorators (TypeGen types marks as plain strings) and the validation rules both sides run on the same value.
 */
import { DECORATORS, oldPathSchema, storedDocumentSchemas, type StoredDocumentType } from '@blog/schemas'
import { SAMPLE_DATASET } from '@blog/sample-content'
import type { SchemaType } from 'sanity'
import { fixtures, readSampleDocuments, studioSchema } from './test-support'
import { oldPathFormat } from './rules'

type Member = SchemaType & {
  of?: Member[]
  fields?: { name: string; type: Member }[]
  decorators?: { value: string }[]
}

describe('Studio schema', () => {
  it('compiles with no errors or warnings (what `sanity schema validate` checks)', () => {
    const problems = (studioSchema._validation ?? []).flatMap((group) =>
      group.problems.map((problem) => `${group.path.map((p) => p.name).join('.')}: ${problem.message}`),
    )
    expect(problems).toEqual([])
  })

  it('offers exactly the shared decorators in the article body', () => {
    const block = (studioSchema.get('blockContent') as Member).of?.find((member) => member.name === 'block')
    const children = block?.fields?.find((field) => field.name === 'children')?.type
    expect(children?.of?.[0]?.decorators?.map((d) => d.value)).toEqual([...DECORATORS])
  })
})

describe.each(Object.keys(fixtures) as (keyof typeof fixtures)[])('%s', (type) => {
  it('test fixture parses with the zod stored schema', () => {
    expect(storedDocumentSchemas[type].safeParse(fixtures[type]).error?.issues ?? []).toEqual([])
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
