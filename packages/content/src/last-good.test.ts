import { createContent, type ContentSource } from './index.ts'
import { LastGood } from './last-good.ts'
import { recordingLogger } from './testing.ts'

function flakySource() {
  let failing = false
  const source: ContentSource = {
    name: 'sanity',
    async fetch(query, params) {
      if (failing) throw new Error('503 Service Unavailable')
      return query.includes('count(') ? 7 : { params }
    },
  }
  return { source, fail: () => void (failing = true) }
}

describe('last good result', () => {
  it('serves the last good answer of a query when the source fails, and logs it', async () => {
    const { source, fail } = flakySource()
    const logger = recordingLogger()
    const content = createContent({ source, logger })
    expect(await content.countArticles()).toBe(7)
    fail()
    expect(await content.countArticles()).toBe(7)
    expect(logger.lines).toEqual([
      expect.stringMatching(
        /^error \[content\] sanity source failed \(503 Service Unavailable\); serving the last good result/,
      ),
    ])
  })

  it('rethrows when the failing query never succeeded', async () => {
    const { source, fail } = flakySource()
    const content = createContent({ source, logger: recordingLogger() })
    fail()
    await expect(content.countArticles()).rejects.toThrow('503')
  })

  it('is not used to work out a webhook impact: that must fail while the source is down', async () => {
    const { source, fail } = flakySource()
    const content = createContent({ source, logger: recordingLogger() })
    await content.impactOf({ _id: 'article-a', _type: 'article' }).catch(() => undefined)
    fail()
    await expect(content.impactOf({ _id: 'article-a', _type: 'article' })).rejects.toThrow('503')
  })

  it('keeps at most its capacity, dropping the least recently stored', () => {
    const cache = new LastGood(2)
    cache.set('a', 1)
    cache.set('b', 2)
    cache.set('a', 3)
    cache.set('c', 4)
    expect([cache.has('a'), cache.has('b'), cache.has('c'), cache.size]).toEqual([true, false, true, 2])
  })
})
