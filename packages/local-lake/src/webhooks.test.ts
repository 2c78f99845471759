/** The lake's webhooks against a receiver that checks them as the blog's /api/revalidate does. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { changeSchema, WEBHOOK_FILTER, WEBHOOK_PROJECTION } from '@blog/content'
import { applyTransaction } from './mutate.ts'
import { DatasetStore } from './store.ts'
import { localWebhookSecret, sendWebhooks, type WebhookDelivery, type WebhookOptions } from './webhooks.ts'
import { SAMPLE_DATASET_DIR } from '@blog/sample-content'

const secret = 'local-webhook-secret'
type Received = { body: unknown; headers: Record<string, string | string[] | undefined>; signed: boolean }
let receiver: Server
let url: string
let received: Received[]
let answers: number[]
let store: DatasetStore
let deliveries: WebhookDelivery[]
let logged: string[]
let stop: () => Promise<void>

beforeEach(async () => {
  received = []
  answers = []
  deliveries = []
  logged = []
  // A body that is not JSON answers 500, so a test sees the failure instead of an unhandled rejection.
  const receive = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const signature = req.headers[SIGNATURE_HEADER_NAME]
    received.push({
      body: JSON.parse(text),
      headers: req.headers,
      signed: typeof signature === 'string' && (await isValidSignature(text, signature, secret)),
    })
    res.writeHead(answers.shift() ?? 200).end()
  }
  receiver = createServer((req, res) => void receive(req, res).catch(() => res.writeHead(500).end()))
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/revalidate`
  store = DatasetStore.open(mkdtempSync(path.join(tmpdir(), 'lake-webhooks-')), {
    seedDir: SAMPLE_DATASET_DIR,
  })
})
afterEach(async () => {
  await stop()
  store.close()
  await new Promise((resolve) => receiver.close(resolve))
})

const start = (options: Partial<WebhookOptions> = {}) => {
  stop = sendWebhooks(
    store,
    [
      {
        url,
        secret,
        filter: WEBHOOK_FILTER,
        projection: WEBHOOK_PROJECTION,
        retryDelayMs: 5,
        log: (line) => logged.push(line),
        ...options,
      },
    ],
    (delivery) => deliveries.push(delivery),
  )
}
const settle = async (count: number) => {
  for (let i = 0; i < 300 && deliveries.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 10))
  await new Promise((resolve) => setTimeout(resolve, 30))
}

it('posts the projection of a renamed article, signed with the secret as Sanity signs it', async () => {
  start()
  const article = store.get('article-keep-easy-runs-easy')!
  applyTransaction(store, [{ patch: { id: article._id, set: { 'slug.current': 'easy-means-easy' } } }])
  await settle(1)
  expect(received).toHaveLength(1)
  expect(received[0]!.signed).toBe(true)
  expect(received[0]!.headers).toMatchObject({ 'sanity-operation': 'update', 'sanity-document-id': article._id })
  expect(changeSchema.parse(received[0]!.body)).toMatchObject({
    _id: article._id,
    _type: 'article',
    slug: 'easy-means-easy',
    previousSlug: 'keep-easy-runs-easy',
    previousRefs: expect.arrayContaining([(article.author as { _ref: string })._ref]),
  })
})

it('says create and delete, and sends nothing for drafts or for types outside the filter', async () => {
  start()
  applyTransaction(store, [
    { createOrReplace: { _id: 'drafts.article-keep-easy-runs-easy', _type: 'article', title: 'Draft' } },
  ])
  applyTransaction(store, [{ create: { _id: 'note-1', _type: 'note' } }])
  applyTransaction(store, [
    { create: { _id: 'category-trail', _type: 'category', title: 'Trail', slug: { current: 'trail' } } },
  ])
  applyTransaction(store, [{ delete: { id: 'category-trail' } }])
  await settle(2)
  expect(
    received.map((r) => [
      r.headers['sanity-operation'],
      (r.body as { slug: string }).slug,
      (r.body as { previousSlug?: string }).previousSlug ?? null,
    ]),
  ).toEqual([
    ['create', 'trail', null],
    ['delete', 'trail', 'trail'],
  ])
})

it('retries errors with backoff until the blog answers, and gives up at once on a refusal', async () => {
  start()
  answers = [500, 503, 200]
  applyTransaction(store, [{ patch: { id: 'category-recovery', set: { title: 'Recovery and rest' } } }])
  await settle(3)
  expect(deliveries.map((d) => d.status)).toEqual([500, 503, 200])
  answers = [401]
  applyTransaction(store, [{ patch: { id: 'category-recovery', set: { title: 'Recovery' } } }])
  await settle(4)
  expect(deliveries.slice(3).map((d) => d.status)).toEqual([401])
  expect(logged).toEqual([expect.stringMatching(/update of document category-recovery failed \(401\) after 1 attempt/)])
})

it('retries a blog that is down, logs the document when it gives up, and stops promptly', async () => {
  start({ url: 'http://127.0.0.1:9/api/revalidate', attempts: 3 })
  applyTransaction(store, [{ patch: { id: 'category-recovery', set: { title: 'Down' } } }])
  await settle(3)
  expect(deliveries.map((d) => [d.status, d.attempt])).toEqual([
    ['error', 1],
    ['error', 2],
    ['error', 3],
  ])
  expect(logged[0]).toMatch(/update of document category-recovery failed \(error\) after 3 attempt/)
  await stop()
  start({ retryDelayMs: 60_000 })
  answers = [500]
  applyTransaction(store, [{ patch: { id: 'category-recovery', set: { title: 'Waiting' } } }])
  await settle(4)
  const started = Date.now()
  await stop()
  expect(Date.now() - started).toBeLessThan(1000)
})

describe('a local webhook secret', () => {
  it('is made once, kept readable by its owner only, and read back the same', () => {
    stop = async () => {}
    const dir = mkdtempSync(path.join(tmpdir(), 'lake-secret-'))
    const secret = localWebhookSecret(dir)
    expect(secret).toMatch(/^[A-Za-z0-9]{32}$/)
    expect(localWebhookSecret(dir)).toBe(secret)
    expect(statSync(path.join(dir, 'webhook-secret')).mode & 0o777).toBe(0o600)
  })
})
