import { readFileSync } from 'node:fs'
import { createContent, createEmbeddedSource, type Content, type ContentSource } from '../index.ts'
import { parseNdjson, SEARCH_MAX_PAGE, SEARCH_RESULTS, toNdjson } from '@blog/schemas'
import { writeDataset } from '../test/fixtures.ts'
import { recordingLogger } from '../testing.ts'
import { SAMPLE_DATASET } from '@blog/sample-content'

const now = () => new Date('2027-01-01T00:00:00Z')

/** The same dataset twice: through the index, and with the index hidden so searchQuery runs in groq-js. */
function pair(datasetPath: string): { indexed: Content; plain: Content } {
  const source = createEmbeddedSource({ datasetPath, now })
  const plainSource: ContentSource = { name: 'embedded', fetch: source.fetch }
  return {
    indexed: createContent({ source, logger: recordingLogger() }),
    plain: createContent({ source: plainSource, logger: recordingLogger() }),
  }
}

const shape = (results: Awaited<ReturnType<Content['search']>>) => ({
  total: results.total,
  items: results.items.map((item) => ({ ...item, score: Number(item.score.toFixed(9)) })),
})

describe('embedded search index', () => {
  const { indexed, plain } = pair(SAMPLE_DATASET)
  const titleWords = (parseNdjson(readFileSync(SAMPLE_DATASET, 'utf8')) as { _type: string; title?: string }[])
    .filter((doc) => doc._type === 'article')
    .flatMap((doc) => (doc.title ?? '').split(/\s+/))
  const queries = [
    'easy',
    'easy run',
    'run',
    'massage',
    'sleep recovery',
    'calf strain',
    'ru',
    'the',
    'e',
    'zzzz nothing',
    'café',
    'HOT weather',
    "runner's",
    '2030',
    ...titleWords,
  ]

  it.each(queries)('answers %p exactly as GROQ match and score() do', async (query) => {
    expect(shape(await indexed.search(query))).toEqual(shape(await plain.search(query)))
  })

  it('finds a known article by a word of its body and ranks title matches first', async () => {
    const results = await indexed.search('easy runs')
    expect(results.items[0]?.slug).toBe('keep-easy-runs-easy')
    expect(results.items[0]?.snippet).toMatch(/easy/i)
    expect(results.total).toBeGreaterThan(1)
  })

  it('hides a scheduled article from search', async () => {
    expect((await indexed.search('decade')).items.map((item) => item.slug)).not.toContain('racing-into-a-new-decade')
  })

  it('rebuilds after the dataset file changes', async () => {
    const datasetPath = writeDataset(parseNdjson(readFileSync(SAMPLE_DATASET, 'utf8')))
    const { indexed: content } = pair(datasetPath)
    expect((await content.search('zanzibar')).total).toBe(0)
    const docs = parseNdjson(readFileSync(datasetPath, 'utf8')) as Record<string, unknown>[]
    const changed = docs.map((doc) => (doc._id === 'article-keep-easy-runs-easy' || doc.slug ? doc : doc))
    const target = changed.find((doc) => doc._type === 'article') as Record<string, unknown>
    target.title = 'Zanzibar intervals'
    require('node:fs').writeFileSync(datasetPath, toNdjson(changed))
    const later = new Date(Date.now() + 5000)
    require('node:fs').utimesSync(datasetPath, later, later)
    expect((await content.search('zanzibar')).items.map((item) => item.title)).toEqual(['Zanzibar intervals'])
  })
})

describe('search on 10,000 articles', () => {
  const sample = parseNdjson(readFileSync(SAMPLE_DATASET, 'utf8')) as Record<string, unknown>[]
  const articles = sample.filter((doc) => doc._type === 'article' && String(doc.publishedAt) < '2027')
  const copies = Math.ceil(10_000 / articles.length)
  const large = [
    ...sample.filter((doc) => doc._type !== 'article'),
    ...Array.from({ length: copies }, (_, copy) =>
      articles.map((doc) => ({
        ...doc,
        _id: `${doc._id}-${copy}`,
        slug: { current: `${(doc.slug as { current: string }).current}-${copy}` },
      })),
    ).flat(),
  ]
  const { indexed, plain } = pair(writeDataset(large))

  it('answers from the index in a fraction of the time plain match takes, with the same results', async () => {
    await indexed.search('warm') // builds the index once, like the first search after a (re)load
    let started = performance.now()
    const fast = await indexed.search('easy run')
    const indexedMs = performance.now() - started
    started = performance.now()
    const slow = await plain.search('easy run')
    const plainMs = performance.now() - started
    console.info(
      `search over ${copies * articles.length} articles: index ${indexedMs.toFixed(0)} ms, groq-js match ${plainMs.toFixed(0)} ms`,
    )
    expect(shape(fast)).toEqual(shape(slow))
    expect(indexedMs).toBeLessThan(plainMs / 4)
  }, 60_000)

  it('pages through the results, 20 a page and none twice, as GROQ pages them; up to the last page it allows', async () => {
    const seen = new Set<string>()
    for (const page of [1, 2, 3]) {
      const results = await indexed.search('easy run', page)
      expect([results.page, results.items.length]).toEqual([page, SEARCH_RESULTS])
      expect(results.pageCount).toBe(Math.min(SEARCH_MAX_PAGE, Math.ceil(results.total / SEARCH_RESULTS)))
      for (const item of results.items) expect(seen.has(item._id)).toBe(false)
      for (const item of results.items) seen.add(item._id)
    }
    expect(shape(await indexed.search('easy run', 2))).toEqual(shape(await plain.search('easy run', 2)))
    const far = await indexed.search('easy run', 10_000)
    expect([far.page, far.items.length]).toEqual([SEARCH_MAX_PAGE, SEARCH_RESULTS])
    expect((await indexed.search('easy run', Number.NaN)).page).toBe(1)
  }, 60_000)
})
