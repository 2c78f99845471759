import { articleOldPathsSchema } from './index.ts'

const entry = {
  _id: 'article-hills',
  slug: 'hill-repeats',
  publishedAt: '2026-01-10T08:00:00Z',
  oldPaths: ['/2019/04/02/hill-repeats', '/?p=123', '/index.php?page_id=7', '/posts/café'],
}

describe('articleOldPathsSchema', () => {
  it('accepts an article with old addresses in their stored form', () => {
    expect(articleOldPathsSchema.parse(entry)).toEqual(entry)
  })

  it.each([
    ['a trailing slash', { oldPaths: ['/2019/04/02/hill-repeats/'] }],
    ['a host', { oldPaths: ['https://old.example.com/hill-repeats'] }],
    ['a query it would not keep', { oldPaths: ['/hill-repeats?utm_source=x'] }],
    ['the home page', { oldPaths: ['/'] }],
    ['percent-encoding left in', { oldPaths: ['/posts/caf%C3%A9'] }],
    ['no list', { oldPaths: null }],
    ['a slug that is not one', { slug: 'Hill Repeats' }],
    ['no publication date', { publishedAt: undefined }],
    ['no id', { _id: '' }],
  ])('rejects %s', (_what, change) => {
    expect(articleOldPathsSchema.safeParse({ ...entry, ...change }).success).toBe(false)
  })
})
