import { addressBookResultSchema, articleAddressSchema, documentAddressSchema } from './index.ts'

const article = {
  _id: 'article-hills',
  slug: 'hill-repeats',
  publishedAt: '2026-01-10T08:00:00Z',
  previousSlugs: ['hills'],
  oldPaths: ['/2019/04/02/hill-repeats', '/?p=123'],
  author: 'author-ada',
  categories: ['category-hills'],
}

describe('address book schemas', () => {
  it('accept an article with its old slugs, old addresses and lists, and one with none of them', () => {
    expect(articleAddressSchema.parse(article)).toEqual(article)
    const bare = {
      _id: 'a',
      slug: 'a',
      publishedAt: '2026-01-10T08:00:00Z',
      previousSlugs: null,
      oldPaths: null,
      author: null,
      categories: null,
    }
    expect(articleAddressSchema.parse(bare)).toEqual(bare)
    expect(documentAddressSchema.parse({ _id: 'author-ada', slug: 'ada' })).toEqual({ _id: 'author-ada', slug: 'ada' })
  })

  it.each([
    ['no slug', { slug: null }],
    ['a slug that is not one', { slug: 'Hill Repeats' }],
    ['an old slug that is not one', { previousSlugs: ['Old Name'] }],
    ['an old address with a trailing slash', { oldPaths: ['/hill-repeats/'] }],
    ['no id', { _id: '' }],
    ['no publication date', { publishedAt: null }],
  ])('reject an article with %s', (_name, change) =>
    expect(articleAddressSchema.safeParse({ ...article, ...change }).success).toBe(false),
  )

  it('accept the query’s answer with or without a scheduled article, and reject one that is not lists', () => {
    const answer = { articles: [article], authors: [], books: [], categories: [], nextPublishedAt: null }
    expect(addressBookResultSchema.parse(answer).articles).toHaveLength(1)
    expect(addressBookResultSchema.parse({ ...answer, nextPublishedAt: '2027-01-01T08:00:00Z' }).nextPublishedAt).toBe(
      '2027-01-01T08:00:00Z',
    )
    expect(addressBookResultSchema.safeParse({ ...answer, authors: null }).success).toBe(false)
    expect(addressBookResultSchema.safeParse({ ...answer, nextPublishedAt: 'Monday' }).success).toBe(false)
  })
})
