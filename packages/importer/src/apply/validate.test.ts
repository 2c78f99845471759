import { validateDocument } from './validate.ts'

const article = (fields: object = {}) => ({
  _id: 'article-hill-repeats',
  _type: 'article',
  title: 'Hill repeats',
  slug: { _type: 'slug', current: 'hill-repeats' },
  publishedAt: '2019-04-02T00:00:00Z',
  author: { _type: 'reference', _ref: 'author-ada' },
  ...fields,
})
const exists = (id: string) => id === 'author-ada'

describe('validateDocument', () => {
  it('accepts an article with previous slugs and old addresses in stored form', () => {
    expect(
      validateDocument(article({ previousSlugs: ['hills'], oldPaths: ['/2019/04/hill-repeats', '/?p=123'] }), exists),
    ).toEqual([])
  })

  it('reports a previous slug that is not a slug', () => {
    expect(validateDocument(article({ previousSlugs: ['Hill Repeats'] }), exists)).toEqual([
      expect.stringMatching(/^previousSlugs\.0: /),
    ])
  })

  it('reports an old address that is not in stored form', () => {
    expect(validateDocument(article({ oldPaths: ['https://old.example/2019/04/hill-repeats/'] }), exists)).toEqual([
      expect.stringMatching(/^oldPaths\.0: old addresses are paths like/),
    ])
  })

  it('reports an old address listed twice, as the Studio does', () => {
    expect(validateDocument(article({ oldPaths: ['/?p=123', '/hills', '/?p=123'] }), exists)).toEqual([
      'oldPaths[2]: "/?p=123" is listed more than once',
    ])
  })

  it('reports a reference to a missing document', () => {
    expect(validateDocument(article({ author: { _type: 'reference', _ref: 'author-nobody' } }), exists)).toEqual([
      'reference to "author-nobody" points at no document',
    ])
  })
})
