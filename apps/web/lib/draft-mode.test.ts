/**
 * @jest-environment node
 */
import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startTestLake, type TestLake } from '@blog/local-lake/testing'

const draftState = { isEnabled: false, enable: jest.fn(), disable: jest.fn() }
jest.mock('next/headers', () => ({
  draftMode: async () => draftState,
  cookies: async () => ({ get: () => ({ value: 'bypass' }), set: jest.fn(), delete: jest.fn() }),
}))
// Caching is Next's ('use cache'); here the cached reads run as plain functions. In draft mode Next re-runs them and
// stores nothing, which the browser suite checks on a real server.
jest.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }))
jest.mock('next/server', () => ({ connection: async () => {} }))

const dir = mkdtempSync(path.join(tmpdir(), 'draft-mode-'))
const datasetPath = path.join(dir, 'data.ndjson')
const now = new Date().toISOString()
const ref = (id: string) => ({ _type: 'reference', _ref: id })
const article = (id: string, title: string) => ({
  _id: id,
  _type: 'article',
  _updatedAt: now,
  title,
  slug: { current: 'hills' },
  publishedAt: '2026-01-01T00:00:00Z',
  author: ref('author-a'),
  body: [],
})
writeFileSync(
  datasetPath,
  [
    { _id: 'author-a', _type: 'author', name: 'Ada', slug: { current: 'ada' } },
    article('article-hills', 'Published title'),
    article('drafts.article-hills', 'Draft title'),
    {
      _id: 'sanity-preview-url-secret.test',
      _type: 'sanity.previewUrlSecret',
      _updatedAt: now,
      secret: 'right-secret',
      source: 'sanity/presentation',
      studioUrl: 'http://localhost:3333',
    },
  ]
    .map((doc) => JSON.stringify(doc))
    .join('\n'),
)

let lake: TestLake
// lib/env.ts as the server would see it; filled in once the local lake listens.
const mockEnv: { env: Record<string, unknown> } = { env: {} }
jest.mock('./env', () => mockEnv)

// The first test loads next-sanity and the draft-mode modules and makes the lake's first query: on a loaded machine
// (the whole npm test runs in parallel) that passed jest's default 5 s once.
jest.setTimeout(30_000)

const sanitySource = () => ({
  kind: 'sanity',
  projectId: 'test',
  dataset: 'production',
  apiVersion: '2025-02-19',
  apiHost: lake.host,
  token: 'read-token',
})
const draft = () => require('./draft-mode') as typeof import('./draft-mode')
const content = () => require('./content') as typeof import('./content')

beforeAll(async () => {
  lake = await startTestLake({ datasetPath })
  mockEnv.env = {
    siteUrl: 'http://localhost:3000',
    studioUrl: 'http://localhost:3333',
    revalidateSeconds: 3600,
    source: sanitySource(),
  }
})
afterAll(() => lake.close())
beforeEach(() => {
  jest.clearAllMocks()
  draftState.isEnabled = false
  jest.spyOn(console, 'warn').mockImplementation(() => {})
})

const enableUrl = (secret: string) =>
  `http://localhost:3000/api/draft-mode/enable?sanity-preview-secret=${secret}&sanity-preview-pathname=/articles/hills`

describe('draft mode', () => {
  it('rejects an enable request with a bad secret (401) and stays off', async () => {
    const response = await draft().enableDraftMode(new Request(enableUrl('wrong-secret')))
    expect(response.status).toBe(401)
    expect(draftState.enable).not.toHaveBeenCalled()
  })

  it('turns on with the Studio secret and redirects to the previewed page', async () => {
    const response = await draft()
      .enableDraftMode(new Request(enableUrl('right-secret')))
      .catch((error: { digest?: string }) => error)
    // next/navigation's redirect() throws; its digest carries the target.
    expect(String((response as { digest?: string }).digest)).toMatch(/NEXT_REDIRECT;.*;\/articles\/hills;307/)
    expect(draftState.enable).toHaveBeenCalled()
  })

  it('is not available on the embedded source (404): it has no drafts', async () => {
    const saved = mockEnv.env
    mockEnv.env = { ...saved, source: { kind: 'embedded', datasetPath } }
    let embedded: typeof import('./draft-mode') | undefined
    let embeddedPreview: typeof import('./edit-mode') | undefined
    jest.isolateModules(() => {
      embedded = require('./draft-mode')
      embeddedPreview = require('./edit-mode')
    })
    mockEnv.env = saved
    expect((await embedded!.enableDraftMode(new Request(enableUrl('right-secret')))).status).toBe(404)
    draftState.isEnabled = true
    expect(await embeddedPreview!.isPreviewing()).toBe(false)
  })

  it('disable returns to a page of this site only', async () => {
    const back = await draft().disableDraftMode(
      new Request('http://localhost:3000/api/draft-mode/disable?redirect=/articles/hills'),
    )
    expect([back.status, back.headers.get('location')]).toEqual([307, '/articles/hills'])
    const away = await draft().disableDraftMode(
      new Request('http://localhost:3000/api/draft-mode/disable?redirect=//evil.example/'),
    )
    expect(away.headers.get('location')).toBe('/')
    expect(draftState.disable).toHaveBeenCalledTimes(2)
  })

  it('pages read drafts only while draft mode is on', async () => {
    expect((await content().getArticle('hills'))?.title).toBe('Published title')
    draftState.isEnabled = true
    expect((await content().getArticle('hills'))?.title).toBe('Draft title')
    draftState.isEnabled = false
    expect((await content().getArticle('hills'))?.title).toBe('Published title')
  })

  it('marks fields for click-to-edit only while draft mode is on, naming document, type and path', async () => {
    const editMode = require('./edit-mode') as typeof import('./edit-mode')
    const readers = await editMode.editing()
    expect(readers('article', 'drafts.article-hills')('title')).toEqual({})
    draftState.isEnabled = true
    const editors = await editMode.editing()
    // The published id (the Studio edits the draft of it), the Studio's URL, and the path in the Studio's syntax.
    expect(editors('article', 'drafts.article-hills')('title')).toEqual({
      'data-sanity': 'id=article-hills;type=article;path=title;base=http%3A%2F%2Flocalhost%3A3333',
    })
    expect(editors('author', 'author-a')('credentials[_key=="c1"]')).toEqual({
      'data-sanity': 'id=author-a;type=author;path=credentials:c1;base=http%3A%2F%2Flocalhost%3A3333',
    })
  })
})
