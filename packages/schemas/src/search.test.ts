import { highlightParts, termAtWordStart } from './search.ts'

describe('search matching', () => {
  it('marks whole words that start with a term, as GROQ match finds them', () => {
    expect(highlightParts('A brunch, then a running club.', ['run'])).toEqual([
      { text: 'A brunch, then a ', match: false },
      { text: 'running', match: true },
      { text: ' club.', match: false },
    ])
  })

  it('marks every term, in any case, and leaves text without terms whole', () => {
    expect(highlightParts('Easy runs, easier Tempo', ['easy', 'tempo'])).toEqual([
      { text: 'Easy', match: true },
      { text: ' runs, easier ', match: false },
      { text: 'Tempo', match: true },
    ])
    expect(highlightParts('Nothing here', [])).toEqual([{ text: 'Nothing here', match: false }])
  })

  it('finds a term after any non-letter, including accented letters inside words', () => {
    const re = new RegExp(termAtWordStart(['café']), 'iu')
    expect(re.test('(Café au lait)')).toBe(true)
    expect(re.test('lecafé')).toBe(false)
  })
})
