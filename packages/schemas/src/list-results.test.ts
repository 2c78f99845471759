import { articlePageSchema, categoryPageSchema, searchHitSchema, searchResultsSchema } from './index.ts'

const card = { _id: 'article-a', title: 'A', slug: 'a', publishedAt: '2026-01-10T08:00:00Z', wordCount: 900 }

describe('list result schemas', () => {
  it('accept a page of articles, a category page and search results', () => {
    const page = { items: [card], total: 11, page: 2, pageCount: 2 }
    expect(articlePageSchema.parse(page).items[0]?.wordCount).toBe(900)
    expect(
      categoryPageSchema.parse({
        category: { _id: 'c', title: 'Training', slug: 'training', description: null },
        articles: page,
      }).category.title,
    ).toBe('Training')
    expect(searchHitSchema.parse({ ...card, _score: 4.2, text: 'Body' })._score).toBe(4.2)
    const results = {
      query: 'easy run',
      terms: ['easy', 'run'],
      total: 1,
      page: 1,
      pageCount: 1,
      items: [{ ...card, score: 4.2, snippet: '…an easy run…' }],
    }
    expect(searchResultsSchema.parse(results).items).toHaveLength(1)
    expect(searchResultsSchema.safeParse({ ...results, page: 0 }).success).toBe(false)
  })

  it('reject a page number below 1, a negative total and a word count that is not a whole number', () => {
    expect(articlePageSchema.safeParse({ items: [], total: 0, page: 0, pageCount: 1 }).success).toBe(false)
    expect(articlePageSchema.safeParse({ items: [], total: -1, page: 1, pageCount: 1 }).success).toBe(false)
    expect(articlePageSchema.safeParse({ items: [], total: 0, page: 1, pageCount: 0 }).success).toBe(false)
    expect(searchHitSchema.safeParse({ ...card, wordCount: 1.5 }).success).toBe(false)
  })

  it('reject search results without a snippet or score', () => {
    expect(searchResultsSchema.safeParse({ query: 'x', terms: [], total: 1, items: [card] }).success).toBe(false)
  })
})
