import { isPublishedId, publishedId } from './ids.ts'

describe('document ids', () => {
  it.each([
    ['article-1', true],
    ['drafts.article-1', false],
    ['versions.r123.article-1', false],
    ['image-abc-10x10-png', true],
    // Only the prefix counts: a published id may hold the words.
    ['my-drafts.article', true],
  ])('%s is published: %s', (id, published) => {
    expect(isPublishedId(id)).toBe(published)
  })

  it('calls anything that is not a string unpublished', () => {
    for (const id of [undefined, null, 1, { _id: 'a' }]) expect(isPublishedId(id)).toBe(false)
  })

  it.each([
    ['article-1', 'article-1'],
    ['drafts.article-1', 'article-1'],
    ['versions.r123.article-1', 'article-1'],
    ['versions.r123.drafts.x', 'drafts.x'],
  ])('%s belongs to %s', (id, published) => {
    expect(publishedId(id)).toBe(published)
  })
})
