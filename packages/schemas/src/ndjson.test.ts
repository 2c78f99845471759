import { parseNdjson, readNdjson, toNdjson } from './ndjson.ts'

describe('NDJSON', () => {
  const docs = [
    { _id: 'a', _type: 'x', text: 'line\nbreak' },
    { _id: 'drafts.a', _type: 'x' },
  ]

  it('reads back what it writes, drafts included', () => {
    expect(toNdjson(docs).endsWith('}\n')).toBe(true)
    expect(parseNdjson(toNdjson(docs))).toEqual(docs)
  })

  it('reports each bad line with its number, skips blank lines and loads the rest', () => {
    const errors: string[] = []
    const text = `${JSON.stringify(docs[0])}\n\n{not json\n42\n[1]\n  \n${JSON.stringify(docs[1])}`
    const parsed = parseNdjson(text, (line, reason) => errors.push(`${line}: ${reason}`))
    expect(parsed).toEqual(docs)
    expect(readNdjson(text, () => {}).map(({ line }) => line)).toEqual([1, 7])
    expect(errors.map((error) => error.replace(/JSON: .*/, 'JSON'))).toEqual([
      '3: not valid JSON',
      '4: not a JSON object',
      '5: not a JSON object',
    ])
  })

  it('throws at the first bad line when nobody listens', () => {
    expect(() => parseNdjson('{"_id": "a"}\nnull\n')).toThrow('line 2: not a JSON object')
  })
})
