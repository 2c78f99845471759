/**
 * @jest-environment node
 */
import { AddressBook } from '@blog/content'

const mockSource = {
  reads: 0,
  version: 'v1' as string | null,
  next: null as number | null,
  fail: false,
  slugs: ['first'],
}
jest.mock('./content-source', () => ({
  content: {
    sourceVersion: () => mockSource.version,
    getAddressBook: async () => {
      mockSource.reads += 1
      if (mockSource.fail) throw new Error('lake down')
      const articles = mockSource.slugs.map((slug) => ({ _id: slug, slug, publishedAt: '2026-01-01T08:00:00Z' }))
      return new AddressBook(articles, { author: [], book: [], category: [] }, mockSource.next)
    },
  },
}))
jest.mock('./env', () => ({ env: { revalidateSeconds: 3600 } }))

import { tagsExpired } from '@/cache/tag-events.mjs'
import { addressBook, refreshAddresses } from './addresses'

let now = Date.parse('2026-12-01T12:00:00Z')
beforeAll(() => jest.spyOn(Date, 'now').mockImplementation(() => now))
beforeEach(() => {
  // Each test starts from a forgotten book with the source answering.
  Object.assign(mockSource, { version: 'v1', next: null, fail: false, slugs: ['first'] })
  return refreshAddresses()
})
const has = async (slug: string) => (await addressBook())?.has('article', slug)

describe('the address book of the process', () => {
  it('is read once and then answered from memory, for every bundle of the process', async () => {
    expect(await has('first')).toBe(true)
    const reads = mockSource.reads
    for (let i = 0; i < 50; i++) await addressBook()
    expect(mockSource.reads).toBe(reads)
  })

  it('is read again at once after the webhook forgets it: a new slug answers on the next request', async () => {
    await addressBook()
    mockSource.slugs = ['first', 'published-later']
    expect(await has('published-later')).toBe(false)
    const reads = mockSource.reads
    await refreshAddresses()
    expect(mockSource.reads).toBe(reads + 1)
    expect(await has('published-later')).toBe(true)
    expect(mockSource.reads).toBe(reads + 1)
  })

  it('is read again when another instance expired a tag (Redis pub/sub), or Redis came back', async () => {
    await addressBook()
    mockSource.slugs = ['renamed']
    tagsExpired(['list:article', 'article:first'])
    expect(await has('first')).toBe(false)
    mockSource.slugs = ['again']
    tagsExpired(null)
    expect(await has('again')).toBe(true)
  })

  it('is read again when the dataset file changed, looked at no more than once a second', async () => {
    await addressBook()
    const reads = mockSource.reads
    mockSource.version = 'v2'
    mockSource.slugs = ['edited-by-hand']
    await addressBook()
    expect(mockSource.reads).toBe(reads)
    now += 1000
    expect(await has('edited-by-hand')).toBe(true)
  })

  it('ends when the next scheduled article goes live', async () => {
    mockSource.next = now + 60_000
    await refreshAddresses()
    await addressBook()
    mockSource.slugs = ['first', 'scheduled']
    now += 59_000
    expect(await has('scheduled')).toBe(false)
    now += 1_000
    expect(await has('scheduled')).toBe(true)
  })

  it('keeps answering from the last book while the source fails, and tries again after a few seconds', async () => {
    await addressBook()
    const error = jest.spyOn(console, 'error').mockImplementation(() => {})
    mockSource.fail = true
    await refreshAddresses()
    expect(await has('first')).toBe(true)
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/could not read the address book \(lake down\).*last one/))
    const reads = mockSource.reads
    expect(await has('first')).toBe(true)
    expect(mockSource.reads).toBe(reads)
    mockSource.fail = false
    mockSource.slugs = ['recovered']
    now += 5_000
    expect(await has('recovered')).toBe(true)
    error.mockRestore()
  })
})
