import { evaluate, type ExprNode } from 'groq-js'
import { value } from './groq-tree.ts'
import { LookupRefs, type KeyedPart } from './lookup-ref.ts'

const refs = new LookupRefs()
const one = (table: number, key: unknown): KeyedPart => ({ table, key: value(key), many: false })
const many = (table: number, keys: unknown): KeyedPart => ({ table, key: value(keys), many: true })

/** The `_ref` string groq-js builds from the encoded expression, as the planner's rewritten query makes it. */
async function encode(parts: KeyedPart[], selection?: number): Promise<string | null> {
  return (await (await evaluate(refs.ref(parts, selection))).get()) as string | null
}

describe('lookup refs', () => {
  it.each([
    ['one key', [one(3, 'author-1')], undefined, [{ table: 3, keys: ['author-1'] }]],
    [
      'one key holding the separators and a colon',
      [one(0, 'a:\u0001b\u0002')],
      7,
      [{ table: 0, keys: ['a:\u0001b\u0002'] }],
    ],
    ['an empty key', [one(2, '')], undefined, [{ table: 2, keys: [''] }]],
    [
      'several tables and a list of keys',
      [one(1, 'x'), many(4, ['c-1', 'c-2']), one(12, 'y\u0002z')],
      41,
      [
        { table: 1, keys: ['x'] },
        { table: 4, keys: ['c-1', 'c-2'] },
        { table: 12, keys: ['y\u0002z'] },
      ],
    ],
    ['an empty list', [many(5, [])], undefined, [{ table: 5, keys: [] }]],
    ['a missing list (null)', [many(5, null)], 2, [{ table: 5, keys: [] }]],
  ])('decode what they encode: %s', async (_, parts, selection, reads) => {
    const ref = await encode(parts as KeyedPart[], selection)
    expect(typeof ref).toBe('string')
    expect(refs.decode(ref!)).toEqual(selection === undefined ? { reads } : { selection, reads })
  })

  it('read keys in the scope the lookup is evaluated in', async () => {
    const parts: KeyedPart[] = [{ table: 6, key: { type: 'Parameter', name: 'id' } as ExprNode, many: false }]
    const ref = (await (await evaluate(refs.ref(parts), { params: { id: 'book-9' } })).get()) as string
    expect(refs.decode(ref)).toEqual({ reads: [{ table: 6, keys: ['book-9'] }] })
  })

  it('answer null (the filter runs the term itself) when a separator inside a key makes the parts ambiguous', async () => {
    for (const parts of [
      [one(1, 'a\u0001b'), one(2, 'c')],
      [many(1, ['a\u0002b']), one(2, 'c')],
      [many(1, ['a\u0001b', 'c'])],
      [many(1, ['a', 3])],
      [many(1, [true])],
    ]) {
      const ref = await encode(parts)
      expect([parts, refs.decode(ref!)]).toEqual([parts, null])
    }
  })

  it('make no string at all when a key is not a string, so the fallback runs', async () => {
    expect(await encode([one(1, 2)])).toBeNull()
    expect(await encode([one(1, 'a'), one(2, null)])).toBeNull()
    expect(await encode([many(1, 'not a list')])).toBeNull()
  })

  it("leave documents' ids and another index's lookups alone", async () => {
    expect(refs.decode('author-1')).toBeUndefined()
    expect(refs.decode('')).toBeUndefined()
    const other = new LookupRefs().ref([one(1, 'a')])
    const ref = (await (await evaluate(other)).get()) as string
    expect(refs.decode(ref)).toBeUndefined()
    expect(ref.startsWith('\u0000')).toBe(true)
  })
})
