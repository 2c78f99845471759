import { SLUG_PATTERN } from '@blog/schemas'
import { allowedHref, MESSAGES, oldPathFormat, slugify, validIsbn } from './rules'

describe('slugify', () => {
  it.each([
    ['Keep Easy Runs Easy', 'keep-easy-runs-easy'],
    ["Runner's Knee: What Helps?", 'runner-s-knee-what-helps'],
    ['Crème brûlée & recovery', 'creme-brulee-and-recovery'],
    ['  --Spaces -- and dashes--  ', 'spaces-and-dashes'],
    ['10 km in 50 min', '10-km-in-50-min'],
  ])('%s -> %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
    expect(slug).toMatch(SLUG_PATTERN)
  })

  it('stays a valid slug when cut to length', () => {
    const slug = slugify('word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug).toMatch(SLUG_PATTERN)
  })
})

describe('shared rules in editor words', () => {
  it('leaves empty values to the required rule', () => {
    expect(allowedHref(undefined)).toBe(true)
    expect(validIsbn(undefined)).toBe(true)
    expect(oldPathFormat(undefined)).toBe(true)
  })

  it('answers a bad value with the message', () => {
    expect(allowedHref('javascript:alert(1)')).toBe(MESSAGES.href)
    expect(validIsbn('123')).toBe(MESSAGES.isbn)
    expect(oldPathFormat('hill-repeats')).toBe(MESSAGES.oldPath)
  })

  it('suggests the stored form of an old address that only needs tidying', () => {
    expect(oldPathFormat('/2019/04/hill-repeats')).toBe(true)
    expect(oldPathFormat('https://old.example/2019/04/hill-repeats/')).toBe(
      `${MESSAGES.oldPath} Write it as /2019/04/hill-repeats`,
    )
    expect(oldPathFormat('/?p=123&utm_source=mail')).toBe(`${MESSAGES.oldPath} Write it as /?p=123`)
  })
})
