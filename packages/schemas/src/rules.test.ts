import { isAllowedHref, isHttpUrl, isIsoDate, isOldPath, isSitePath, isValidIsbn, normalizeOldPath } from './rules.ts'

describe('isValidIsbn', () => {
  it.each(['9780306406157', '978-0-306-40615-7', '0306406152', '080442957X'])('accepts %s', (isbn) => {
    expect(isValidIsbn(isbn)).toBe(true)
  })
  it.each(['9780306406158', '0306406153', '12345', 'abcdefghij', ''])('rejects %s', (isbn) => {
    expect(isValidIsbn(isbn)).toBe(false)
  })
})

describe('isAllowedHref', () => {
  it.each(['https://example.org/a?b=1', 'http://example.org', 'mailto:coach@example.org', '/books/x', '#notes'])(
    'allows %s',
    (href) => {
      expect(isAllowedHref(href)).toBe(true)
    },
  )
  it.each([
    'javascript:alert(1)',
    'data:text/html,hi',
    '//evil.example',
    'ftp://example.org',
    'mailto:',
    ' https://x.example',
    'not a url',
  ])('refuses %s', (href) => expect(isAllowedHref(href)).toBe(false))
})

describe('isHttpUrl and isIsoDate', () => {
  it('accept only absolute http(s) URLs', () => {
    expect(isHttpUrl('https://example.org')).toBe(true)
    expect(isHttpUrl('/relative')).toBe(false)
    expect(isHttpUrl('mailto:a@b.example')).toBe(false)
  })
  it('accept only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(isIsoDate('2024-2-1')).toBe(false)
  })
})

describe('normalizeOldPath and isOldPath', () => {
  it.each([
    ['https://old.example.com/2019/04/02/hill-repeats/', '/2019/04/02/hill-repeats'],
    ['/hill-repeats/', '/hill-repeats'],
    ['http://old.example.com/?p=123&utm_source=x', '/?p=123'],
    ['/index.php?page_id=7', '/index.php?page_id=7'],
    ['/posts/caf%C3%A9/', '/posts/café'],
    ['/posts/x?utm_source=mail', '/posts/x'],
  ])('%s is stored as %s', (input, stored) => {
    expect(normalizeOldPath(input)).toBe(stored)
    expect(isOldPath(stored)).toBe(true)
  })

  it.each([
    '/',
    'https://old.example.com/',
    '//evil.example/x',
    'javascript:alert(1)',
    'hill-repeats',
    '/a b',
    '',
    '/?p=abc',
  ])('has nothing to match for %j', (input) => expect(normalizeOldPath(input)).toBeUndefined())

  it('accepts only the stored form', () => {
    expect(isOldPath('/hill-repeats/')).toBe(false)
    expect(isOldPath('https://old.example.com/hill-repeats')).toBe(false)
    expect(isOldPath('/hill-repeats')).toBe(true)
  })
})

describe('isSitePath', () => {
  it.each(['/articles/hill-repeats', '/search', '/feed.xml', '/page/2', '/media/x.jpg', '/search?p=3'])(
    "%s is the blog's own: a redirect there never answers",
    (path) => expect(isSitePath(path)).toBe(true),
  )
  it.each(['/articles', '/2019/04/hill-repeats', '/?p=12', '/searching', '/blog/feed.xml'])(
    '%s is free for an old address',
    (path) => expect(isSitePath(path)).toBe(false),
  )
})
