import { highlightParts, SEARCH_MAX_LENGTH } from '@blog/schemas'
import { makeSnippet, matchPattern, parseSearchInput } from './search.ts'

describe('parseSearchInput', () => {
  it('keeps words of letters and digits, lowercased and unique', () => {
    expect(parseSearchInput('  Easy   RUNS, easy 5k!  ')).toEqual({
      query: 'Easy RUNS, easy 5k!',
      terms: ['easy', 'runs', '5k'],
    })
  })

  it('turns GROQ and regex syntax into plain words', () => {
    expect(parseSearchInput('"] | *[_type == "author"]{name} .*.*.*x').terms).toEqual(['type', 'author', 'name'])
    expect(parseSearchInput('*** ((( ))) ||| $$$').terms).toEqual([])
  })

  it('caps the query at 100 characters without splitting a character, and at six words', () => {
    const long = parseSearchInput('ab '.repeat(100_000))
    expect(Array.from(long.query).length).toBeLessThanOrEqual(SEARCH_MAX_LENGTH)
    expect(long.terms).toEqual(['ab'])
    expect(Array.from(parseSearchInput('🏃'.repeat(300)).query)).toHaveLength(SEARCH_MAX_LENGTH)
    expect(parseSearchInput('one two three four five six seven eight').terms).toHaveLength(6)
  })

  it('handles unicode, control characters and non-strings', () => {
    expect(parseSearchInput('Café\u0000 Läufer ｒｕｎ').terms).toEqual(['café', 'läufer', 'run'])
    expect(parseSearchInput('跑步').terms).toEqual(['跑步'])
    expect(parseSearchInput(undefined)).toEqual({ query: '', terms: [] })
    expect(parseSearchInput(['first', 'second']).terms).toEqual(['first'])
    expect(parseSearchInput({ toString: () => 'x' }).terms).toEqual([])
  })

  it('builds a prefix pattern for GROQ match', () => {
    expect(matchPattern(['easy', 'run'])).toBe('easy* run*')
  })
})

describe('makeSnippet', () => {
  const body = `${'Intro words here. '.repeat(20)}The easy run should feel conversational. ${'More text follows. '.repeat(20)}`

  it('quotes the passage around the first match, cut at words', () => {
    const snippet = makeSnippet(['easy'], body, 'The excerpt')
    expect(snippet).toMatch(/^…\S/)
    expect(snippet).toContain('The easy run should feel conversational.')
    expect(snippet).toMatch(/\S…$/)
    expect(snippet.length).toBeLessThanOrEqual(202)
  })

  it('falls back to the excerpt when only the title matched, then to the opening of the body', () => {
    expect(makeSnippet(['zebra'], body, 'The excerpt')).toBe('The excerpt')
    expect(makeSnippet(['zebra'], 'Short body.', null)).toBe('Short body.')
  })

  it('matches at the start of words only, as GROQ match does', () => {
    expect(makeSnippet(['run'], 'A brunch, then a running club.', null)).toBe('A brunch, then a running club.')
    expect(highlightParts('A brunch, then a running club.', ['run'])).toEqual([
      { text: 'A brunch, then a ', match: false },
      { text: 'running', match: true },
      { text: ' club.', match: false },
    ])
  })
})
