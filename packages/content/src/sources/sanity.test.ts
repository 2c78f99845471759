import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createContent } from '../index.ts'
import { createSanitySource } from './sanity.ts'
import { recordingLogger } from '../testing.ts'

/** A local stand-in for the Content Lake query API: records requests, answers with a canned result. */
function standIn(result: unknown) {
  const requests: URL[] = []
  const headers: IncomingMessage['headers'][] = []
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    requests.push(url)
    headers.push(req.headers)
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ ms: 1, query: url.searchParams.get('query'), result }))
  })
  return new Promise<{ host: string; requests: URL[]; headers: typeof headers; close: () => Promise<void> }>(
    (resolve) => {
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo
        resolve({
          host: `http://127.0.0.1:${port}`,
          requests,
          headers,
          close: () => new Promise<void>((done) => server.close(() => done())),
        })
      })
    },
  )
}

const summary = {
  _id: 'article-x',
  title: 'From the lake',
  slug: 'from-the-lake',
  publishedAt: '2026-01-01T00:00:00Z',
}

describe('sanity content source', () => {
  it('sends the GROQ query with params and the published perspective, and parses the result', async () => {
    const lake = await standIn([summary, { _id: 'article-broken', title: 'No slug' }])
    try {
      const logger = recordingLogger()
      const source = createSanitySource({
        projectId: 'abc123',
        dataset: 'production',
        apiVersion: '2025-02-19',
        apiHost: lake.host,
        token: 'secret-token',
      })
      const content = createContent({ source, logger })
      const items = await content.listArticles({ offset: 0, limit: 5 })
      expect(items.map((item) => item.slug)).toEqual(['from-the-lake'])
      expect(logger.lines).toEqual([expect.stringMatching(/article article-broken is invalid/)])
      const request = lake.requests[0]
      expect(request?.pathname).toBe('/v2025-02-19/data/query/production')
      expect(request?.searchParams.get('query')).toContain('_type == "article"')
      expect(request?.searchParams.get('$start')).toBe('0')
      expect(request?.searchParams.get('$end')).toBe('5')
      expect(request?.searchParams.get('perspective')).toBe('published')
      expect(lake.headers[0]?.authorization).toBe('Bearer secret-token')
    } finally {
      await lake.close()
    }
  })
})
