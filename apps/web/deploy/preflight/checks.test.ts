/**
 * @jest-environment node
 */
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startTestLake, type TestLake } from '@blog/local-lake/testing'
import { SAMPLE_DATASET } from '@blog/sample-content'
import {
  checkPublicOrigin,
  checkReadToken,
  checkRedis,
  checkSanityProject,
  checkWebhookSecret,
  MIN_SECRET_LENGTH,
} from './checks'

// Two real lakes and real connections: 5 s, jest's default, was too little on a loaded two-core CI machine.
jest.setTimeout(20_000)

const GOOD_TOKEN = 'viewer-token'
let lake: TestLake
let empty: TestLake
let auth: Server
let authHost: string

/** The Content Lake's answer to a token it does not know; the local lake checks no tokens, so this stands in front. */
function startAuth(target: string): Promise<Server> {
  const server = createServer((req, res) => {
    const given = req.headers.authorization
    if (given && given !== `Bearer ${GOOD_TOKEN}`) {
      res.writeHead(401, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: 'Session not found' }))
    }
    const forward = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    req.pipe(forward)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

beforeAll(async () => {
  lake = await startTestLake({ datasetPath: SAMPLE_DATASET })
  empty = await startTestLake({ documents: [] })
  auth = await startAuth(lake.host)
  authHost = `http://127.0.0.1:${(auth.address() as AddressInfo).port}`
})
afterAll(async () => {
  await Promise.all([lake.close(), empty.close(), new Promise((resolve) => auth.close(resolve))])
})

const project = (host: string, extra: Record<string, string> = {}) => ({
  SANITY_PROJECT_ID: 'local',
  SANITY_DATASET: 'production',
  SANITY_API_HOST: host,
  ...extra,
})

/** A port nothing listens on: one just opened and closed. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('the Sanity project answers', () => {
  it('passes on a project and dataset that answer with articles', async () => {
    const result = await checkSanityProject(project(lake.host))
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/answers: \d+ published articles/) })
  })

  it('fails when no project is set, a dataset is missing, is unknown, is empty or the API is unreachable', async () => {
    expect((await checkSanityProject({})).message).toMatch(/SANITY_PROJECT_ID is not set/)
    expect((await checkSanityProject({ SANITY_PROJECT_ID: 'local' })).message).toMatch(/SANITY_DATASET is not set/)
    const unknown = await checkSanityProject(project(lake.host, { SANITY_DATASET: 'staging' }))
    expect(unknown).toMatchObject({ ok: false, message: expect.stringContaining('does not answer (HTTP 404') })
    const nothing = await checkSanityProject(project(empty.host))
    expect(nothing).toMatchObject({ ok: false, message: expect.stringContaining('holds no published article') })
    const down = await checkSanityProject(project(`http://127.0.0.1:${await closedPort()}`))
    expect(down).toMatchObject({ ok: false, message: expect.stringContaining('(ECONNREFUSED)') })
  })
})

describe('the read token reads drafts', () => {
  it('passes with a token the project accepts', async () => {
    const result = await checkReadToken(project(authHost, { SANITY_API_READ_TOKEN: GOOD_TOKEN }))
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/reads drafts \(\d+ now\)/) })
  })

  it('fails without a token, and with one the project refuses', async () => {
    expect(await checkReadToken(project(authHost))).toMatchObject({ ok: false, message: /is not set/ })
    const wrong = await checkReadToken(project(authHost, { SANITY_API_READ_TOKEN: 'revoked' }))
    expect(wrong).toMatchObject({ ok: false, message: expect.stringContaining('cannot read drafts (HTTP 401') })
  })
})

describe('the webhook secret', () => {
  it(`is set and at least ${MIN_SECRET_LENGTH} characters`, () => {
    expect(checkWebhookSecret({}).ok).toBe(false)
    const short = checkWebhookSecret({ SANITY_REVALIDATE_SECRET: 'x'.repeat(MIN_SECRET_LENGTH - 1) })
    expect(short).toMatchObject({
      ok: false,
      message: expect.stringContaining(`is ${MIN_SECRET_LENGTH - 1} characters`),
    })
    expect(checkWebhookSecret({ SANITY_REVALIDATE_SECRET: 'x'.repeat(MIN_SECRET_LENGTH) }).ok).toBe(true)
  })
})

describe('SITE_URL is the public origin', () => {
  const site = (url?: string) => checkPublicOrigin({ SITE_URL: url }, 'SITE_URL', 'the blog')

  it('passes an https origin on a public host, with or without its trailing slash', () => {
    expect(site('https://blog.example.com')).toMatchObject({
      ok: true,
      message: 'the blog is at https://blog.example.com',
    })
    expect(site('https://blog.example.com/').ok).toBe(true)
  })

  it.each([
    [undefined, /is not set/],
    ['blog.example.com', /is not a URL/],
    ['http://blog.example.com', /https:\/\//],
    ['https://localhost:3000', /local or private address/],
    ['https://127.0.0.1', /local or private address/],
    ['https://10.0.0.5', /local or private address/],
    ['https://192.168.1.20', /local or private address/],
    ['https://blog.example.com/blog', /origin only, https:\/\/blog.example.com/],
    ['https://blog.example.com/?x=1', /origin only/],
  ])('fails on %s', (url, message) => {
    expect(site(url)).toMatchObject({ ok: false, message: expect.stringMatching(message) })
  })
})

describe('Redis answers when set', () => {
  it('passes when REDIS_URL is not set: one instance needs none', async () => {
    expect(await checkRedis({})).toMatchObject({ ok: true, message: expect.stringContaining('not set') })
  })

  it('fails on a URL that is not redis://, and on a Redis that is stopped, without printing the password', async () => {
    const malformed = await checkRedis({ REDIS_URL: 'http://:pw@cache.example' })
    expect(malformed).toMatchObject({ ok: false, message: expect.stringContaining('"http://:***@cache.example"') })
    const url = `redis://:s3cret@127.0.0.1:${await closedPort()}`
    const stopped = await checkRedis({ REDIS_URL: url })
    expect(stopped).toMatchObject({ ok: false, message: expect.stringContaining('does not answer (ECONNREFUSED)') })
    expect(stopped.message).not.toContain('s3cret')
  })
})
