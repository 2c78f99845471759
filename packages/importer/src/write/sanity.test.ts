import { mkdtempSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatasetStore, startLake } from '@blog/local-lake'
import type { AddressInfo } from 'node:net'
import { FIXTURES, runCli, SEED_FILE } from '../test/helpers.ts'
import { SAMPLE_DATASET_DIR } from '@blog/sample-content'

interface Recorded {
  method: string
  url: URL
  body: unknown
  authorization: string | undefined
}

/** A local stand-in for the Content Lake: answers queries with `existing` and records mutations. */
async function lake(existing: unknown[] = []) {
  const requests: Recorded[] = []
  const server: Server = createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      requests.push({
        method: req.method ?? '',
        url,
        body: raw ? JSON.parse(raw) : undefined,
        authorization: req.headers.authorization,
      })
      res.setHeader('content-type', 'application/json')
      if (url.pathname.includes('/data/query/')) res.end(JSON.stringify({ ms: 1, query: '', result: existing }))
      else res.end(JSON.stringify({ transactionId: `tx${requests.length}`, results: [] }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    env: {
      SANITY_PROJECT_ID: 'abc123',
      SANITY_DATASET: 'production',
      SANITY_API_WRITE_TOKEN: 'write-token',
      SANITY_API_VERSION: '2025-02-19',
      SANITY_API_HOST: `http://127.0.0.1:${port}`,
    },
    requests,
    mutations: () => requests.filter((r) => r.url.pathname.includes('/data/mutate/')),
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}

/** The settings that point --to-sanity at a local lake, as a Sanity project. */
const localLakeEnv = (url: string) => ({
  SANITY_PROJECT_ID: 'local',
  SANITY_DATASET: 'production',
  SANITY_API_WRITE_TOKEN: 'local',
  SANITY_API_VERSION: '2025-02-19',
  SANITY_API_HOST: url,
})

describe('--to-sanity', () => {
  it('reads what exists, then writes one transaction per file with createOrReplace and no system fields', async () => {
    const stand = await lake()
    try {
      const result = await runCli([SEED_FILE, '--to-sanity', '--date', '2019-04-02'], { env: stand.env })
      expect(result.err).toBe('')
      expect(result.code).toBe(0)
      const query = stand.requests[0]
      expect(query?.url.pathname).toBe('/v2025-02-19/data/query/production')
      expect(query?.url.searchParams.get('$ids')).toBe('["article-benefits-of-sports-massage-for-runners"]')
      expect(query?.url.searchParams.get('perspective')).toBe('published')

      const [mutation, ...more] = stand.mutations()
      expect(more).toEqual([])
      expect(mutation?.url.pathname).toBe('/v2025-02-19/data/mutate/production')
      expect(mutation?.authorization).toBe('Bearer write-token')
      const docs = (mutation?.body as { mutations: { createOrReplace: Record<string, unknown> }[] }).mutations.map(
        (m) => m.createOrReplace,
      )
      expect(docs.map((doc) => doc._id)).toEqual([
        'author-jerry-del-priore',
        'book-running-through-roadblocks',
        'article-benefits-of-sports-massage-for-runners',
      ])
      for (const doc of docs)
        expect(Object.keys(doc).filter((key) => ['_createdAt', '_updatedAt', '_rev'].includes(key))).toEqual([])
      expect(result.out).toContain('3 created, 0 updated, 0 unchanged; 1 post imported, 0 skipped, 0 failed')
    } finally {
      await stand.close()
    }
  })

  it('sends nothing on --dry-run, and nothing for documents that are already there', async () => {
    const first = await lake()
    let existing: unknown[]
    try {
      await runCli([SEED_FILE, '--to-sanity', '--date', '2019-04-02'], { env: first.env })
      existing = (first.mutations()[0]?.body as { mutations: { createOrReplace: unknown }[] }).mutations.map(
        (m) => m.createOrReplace,
      )
    } finally {
      await first.close()
    }
    const second = await lake(existing)
    try {
      const dry = await runCli([SEED_FILE, '--to-sanity', '--date', '2019-04-02', '--dry-run'], { env: second.env })
      expect(dry.out).toContain('Dry run: nothing was written.')
      const again = await runCli([SEED_FILE, '--to-sanity', '--date', '2019-04-02'], { env: second.env })
      expect(again.out).toContain('0 created, 0 updated, 3 unchanged;')
      expect(second.mutations()).toEqual([])
    } finally {
      await second.close()
    }
  })

  it('imports into the local lake as into a Sanity project: the documents are there, and a second run changes nothing', async () => {
    const store = DatasetStore.open(mkdtempSync(path.join(tmpdir(), 'importer-lake-')), {
      seedDir: SAMPLE_DATASET_DIR,
    })
    const running = await startLake({ store, log: () => {} })
    try {
      const env = localLakeEnv(running.url)
      const first = await runCli([SEED_FILE, '--to-sanity', '--date', '2019-04-02'], { env })
      expect(first.err).toBe('')
      expect(first.out).toContain('3 created, 0 updated, 0 unchanged; 1 post imported, 0 skipped, 0 failed')
      expect(store.get('article-benefits-of-sports-massage-for-runners')).toMatchObject({
        _type: 'article',
        author: { _ref: 'author-jerry-del-priore' },
        publishedAt: expect.stringMatching(/^2019-04-02/),
      })
      expect(store.get('book-running-through-roadblocks')?._type).toBe('book')
      const revision = store.get('article-benefits-of-sports-massage-for-runners')?._rev
      const second = await runCli([SEED_FILE, '--to-sanity', '--date', '2019-04-02'], { env })
      expect(second.out).toContain('0 created, 0 updated, 3 unchanged;')
      expect(store.get('article-benefits-of-sports-massage-for-runners')?._rev).toBe(revision)
    } finally {
      await running.close()
      store.close()
    }
  })

  it('imports a WordPress export with its images into the local lake: assets through the assets API, then one transaction per post', async () => {
    const store = DatasetStore.open(mkdtempSync(path.join(tmpdir(), 'importer-lake-')), {
      seedDir: SAMPLE_DATASET_DIR,
    })
    const running = await startLake({ store, log: () => {} })
    const wxr = path.join(FIXTURES, 'wordpress/export.xml')
    const media = path.join(FIXTURES, 'wordpress/uploads')
    try {
      const env = localLakeEnv(running.url)
      const first = await runCli([wxr, '--media', media, '--to-sanity'], { env })
      expect(first.err).toBe('')
      expect(first.code).toBe(0)
      expect(first.out).toContain('4 posts imported, 5 skipped, 0 failed')
      const article = store.get('article-hill-repeats') as {
        coverImage?: { asset: { _ref: string } }
        oldPaths?: string[]
      }
      expect(article.oldPaths).toEqual(['/2024/03/hill-repeats', '/?p=12'])
      const asset = store.get(article.coverImage?.asset._ref ?? '')
      expect(asset).toMatchObject({ _type: 'sanity.imageAsset', originalFilename: 'hill.jpg' })
      const revision = store.get('article-hill-repeats')?._rev
      const second = await runCli([wxr, '--media', media, '--to-sanity'], { env })
      expect(second.out).toMatch(/^0 created, 0 updated, \d+ unchanged; 4 posts imported/m)
      expect(store.get('article-hill-repeats')?._rev).toBe(revision)
    } finally {
      await running.close()
      store.close()
    }
  })

  it('names the missing settings', async () => {
    const result = await runCli([SEED_FILE, '--to-sanity', '--date', '2019-04-02'], {
      env: { SANITY_PROJECT_ID: 'abc123' },
    })
    expect(result.code).toBe(1)
    expect(result.err).toBe('--to-sanity needs SANITY_DATASET, SANITY_API_WRITE_TOKEN (set them in the root .env)')
  })

  it('reports a file the Content Lake rejects and exits 1', async () => {
    const server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json')
      if (req.url?.includes('/data/query/')) return res.end(JSON.stringify({ result: [] }))
      res.statusCode = 403
      res.end(JSON.stringify({ error: { description: 'Insufficient permissions' } }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const env = {
        SANITY_PROJECT_ID: 'p',
        SANITY_DATASET: 'd',
        SANITY_API_WRITE_TOKEN: 't',
        SANITY_API_HOST: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      }
      const result = await runCli([SEED_FILE, '--to-sanity', '--date', '2019-04-02'], { env })
      expect(result.code).toBe(1)
      expect(result.err).toMatch(/failed: not stored: .*Insufficient permissions/)
      expect(result.out).toContain('0 created, 0 updated, 0 unchanged; 0 posts imported, 0 skipped, 1 failed')
    } finally {
      await new Promise<void>((done) => server.close(() => done()))
    }
  })
})
