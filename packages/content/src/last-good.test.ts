import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createContent, type ContentSource } from './index.ts'
import { LastGood } from './last-good.ts'
import { recordingLogger } from './testing.ts'

async function until(condition: () => boolean) {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 200) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

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
    const cache = new LastGood({ capacity: 2 })
    cache.set('a', 1)
    cache.set('b', 2)
    cache.set('a', 3)
    cache.set('c', 4)
    expect([cache.find('a'), cache.find('b'), cache.find('c'), cache.size]).toEqual([
      { value: 3 },
      undefined,
      { value: 4 },
      2,
    ])
  })

  it('survives a restart when kept in a folder: a new process serves a query it never ran', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'last-good-'))
    const first = flakySource()
    const before = createContent({ source: first.source, logger: recordingLogger(), lastGoodDir: dir })
    expect(await before.countArticles()).toBe(7)
    await until(() => readdirSync(dir).some((name) => name.endsWith('.json')))

    const second = flakySource()
    second.fail()
    const logger = recordingLogger()
    const after = createContent({ source: second.source, logger, lastGoodDir: dir })
    expect(await after.countArticles()).toBe(7)
    expect(logger.lines).toEqual([expect.stringContaining('serving the last good result')])
    // A query no process ever answered still fails.
    await expect(after.getArticle('never-asked')).rejects.toThrow('503')
  })

  it('keeps no file for a missing document, and at most its capacity of files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'last-good-'))
    const cache = new LastGood({ capacity: 3, dir })
    cache.set('missing', null)
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.set(key, { key })
    await until(() => readdirSync(dir).filter((name) => name.endsWith('.json')).length === 5)
    cache.prune()
    expect(readdirSync(dir).filter((name) => name.endsWith('.json'))).toHaveLength(3)
    const restarted = new LastGood({ capacity: 3, dir })
    expect(restarted.find('missing')).toBeUndefined()
    const kept = ['a', 'b', 'c', 'd', 'e'].filter((key) => restarted.find(key))
    expect(kept).toHaveLength(3)
    expect(restarted.find(kept[0]!)).toEqual({ value: { key: kept[0] } })
  })
})
