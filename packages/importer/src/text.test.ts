import { splitList } from './build/author-bio.ts'
import { parseByline, parseClosing } from './sources/post-tail.ts'
import { cleanText, clip, sameName, slugify, stableKey } from './text.ts'

describe('sameName', () => {
  it.each([
    ['Jerry Del Priore', 'Jerry Del Prior'],
    ['Jerry\u00a0Del Priore', 'jerry del priore'],
    ['Priya Ramán', 'Priya Raman'],
    ['Dana Whitfield', 'Dana  Whitfield.'],
  ])('%s = %s', (a, b) => expect(sameName(a, b)).toBe(true))

  it.each([
    ['Jerry Del Priore', 'Jenny Del Priore'],
    ['Ada Runner', 'Ada Rumner Smith'],
    ['Tom Lind', 'Tim Lind'],
    ['', ''],
  ])('%s != %s', (a, b) => expect(sameName(a, b)).toBe(false))
})

describe('text helpers', () => {
  it('slugify makes the slug the Studio would generate', () => {
    expect(slugify('Benefits Of Sports Massage For Runners')).toBe('benefits-of-sports-massage-for-runners')
    expect(slugify('Small Steps, Long Roads')).toBe('small-steps-long-roads')
    expect(slugify('Crème & Brûlée')).toBe('creme-and-brulee')
  })

  it('cleanText turns non-breaking spaces into plain ones', () => {
    expect(cleanText('\u00a0Jerry\u00a0 Del\u202fPriore\u00a0')).toBe('Jerry Del Priore')
  })

  it('clip ends on a sentence when one fits, else on a word', () => {
    expect(clip('One. Two two. Three three three.', 15)).toBe('One. Two two.')
    expect(clip('A very long first sentence without a stop', 20)).toBe('A very long first…')
  })

  it('stableKey depends only on its parts', () => {
    expect(stableKey('article-x', 'body', 0)).toBe(stableKey('article-x', 'body', 0))
    expect(stableKey('article-x', 'body', 0)).not.toBe(stableKey('article-x', 'body', 1))
    expect(stableKey('a')).toMatch(/^[0-9a-f]{12}$/)
  })

  it('splitList splits on commas and the final "and", keeping "track and field" whole', () => {
    expect(splitList('Baseball, football, hockey and basketball writing.')).toEqual([
      'Baseball',
      'Football',
      'Hockey',
      'Basketball writing',
    ])
    expect(splitList('lacrosse, soccer, golf and track and field')).toEqual([
      'Lacrosse',
      'Soccer',
      'Golf',
      'Track and field',
    ])
  })
})

describe('byline and closing line', () => {
  it('reads name and publication from a byline, and ignores sentences that start with "By"', () => {
    expect(parseByline('Written by Jerry Del Priore for bodono.')).toEqual({
      name: 'Jerry Del Priore',
      publication: 'bodono',
    })
    expect(parseByline('*By Ada Runner*')).toEqual({ name: 'Ada Runner' })
    expect(parseByline('By Ada Runner, staff writer')).toEqual({ name: 'Ada Runner' })
    expect(parseByline('By running slowly, you get faster.')).toBeNull()
  })

  it('reads the book and an optional blog address from the closing line', () => {
    expect(
      parseClosing('Read Jerry Del Prior\u2019s book:\u00a0Running Through Roadblocks\u00a0and view\u00a0his blog at'),
    ).toEqual({
      name: 'Jerry Del Prior',
      bookTitle: 'Running Through Roadblocks',
    })
    expect(
      parseClosing('Read Ada Runner\'s new book "The Long Climb", and visit her blog at https://ada.example/blog.'),
    ).toEqual({
      name: 'Ada Runner',
      bookTitle: 'The Long Climb',
      blogUrl: 'https://ada.example/blog',
    })
    expect(parseClosing('Read more about recovery in our archive.')).toBeNull()
  })
})
