/**
 * Sanity's image URL API ("Image transformations") on the lake's stored images: sizes, the fit modes, rect, crop
 * with a focal point, formats by Accept, quality, dpr, background; immutable caching with an ETag, a bounded disk
 * cache beside the dataset, and a 400 for every parameter the pipeline cannot use.
 */
import { mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { startLake, type RunningLake } from '../server.ts'
import { DatasetStore } from '../store.ts'

let store: DatasetStore
let lake: RunningLake
let cacheDir: string
let imageUrl: string

/** 400x300: the left half red, the right half blue, so a crop shows which side it kept. */
const picture = () =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: '#ff0000' } })
    .composite([
      {
        input: { create: { width: 200, height: 300, channels: 3, background: '#0000ff' } },
        left: 200,
        top: 0,
      },
    ])
    .png()
    .toBuffer()

async function startWith(imageCacheBytes?: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lake-images-'))
  cacheDir = `${dir}.image-cache`
  store = DatasetStore.open(dir)
  lake = await startLake({ store, log: () => {}, ...(imageCacheBytes ? { imageCacheBytes } : {}) })
  const upload = await fetch(`${lake.url}/v2025-02-19/assets/images/production?filename=halves.png`, {
    method: 'POST',
    body: await picture(),
  })
  const { document } = (await upload.json()) as { document: { path: string } }
  imageUrl = `${lake.url}/images/local/production/${path.basename(document.path)}`
}
afterEach(async () => {
  await lake.close()
  store.close()
})

async function image(search: string, headers: Record<string, string> = {}) {
  const answer = await fetch(`${imageUrl}?${search}`, { headers })
  const bytes = Buffer.from(await answer.arrayBuffer())
  const meta = answer.status === 200 ? await sharp(bytes).metadata() : undefined
  return { answer, bytes, meta, size: meta && `${meta.width}x${meta.height}` }
}
const pixel = async (bytes: Buffer, x: number, y: number) => {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const at = (y * info.width + x) * 3
  return [data[at], data[at + 1], data[at + 2]]
}

describe('sizes and fit', () => {
  beforeEach(() => startWith())

  it.each([
    ['w=100', '100x75'],
    ['h=100', '133x100'],
    ['w=100&h=100', '100x75'],
    ['w=800&fit=clip', '800x600'],
    ['w=800&fit=max', '400x300'],
    ['w=100&h=100&fit=crop', '100x100'],
    ['w=100&h=100&fit=fill', '100x100'],
    ['w=800&h=400&fit=min', '400x200'],
    ['w=100&h=100&fit=min', '100x100'],
    ['w=100&h=100&fit=scale', '100x100'],
    ['w=100&dpr=2', '200x150'],
    ['rect=0,0,200,150', '200x150'],
    ['rect=200,0,200,300&w=50', '50x75'],
  ])('%s gives %s', async (search, size) => {
    expect((await image(search)).size).toBe(size)
  })

  it('crops toward the focal point, an edge, or the rect it is given', async () => {
    const left = await image('w=100&h=100&fit=crop&crop=focalpoint&fp-x=0&fp-y=0.5')
    expect(await pixel(left.bytes, 50, 50)).toEqual([255, 0, 0])
    const right = await image('w=100&h=100&fit=crop&crop=focalpoint&fp-x=1&fp-y=0.5')
    expect(await pixel(right.bytes, 50, 50)).toEqual([0, 0, 255])
    expect(await pixel((await image('w=100&h=100&fit=crop&crop=right')).bytes, 50, 50)).toEqual([0, 0, 255])
    expect(await pixel((await image('rect=200,0,200,300&w=20')).bytes, 0, 0)).toEqual([0, 0, 255])
  })

  it('fills the free area with bg (ARGB hex), and keeps it clear by default in a format with alpha', async () => {
    const filled = await image('w=100&h=100&fit=fill&bg=0f0&fm=jpg')
    expect(filled.meta?.format).toBe('jpeg')
    const [r, g, b] = await pixel(filled.bytes, 50, 2)
    expect(g).toBeGreaterThan(200)
    expect(r! + b!).toBeLessThan(60)
    const clear = await image('w=100&h=100&fit=fill')
    const { data } = await sharp(clear.bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
    expect(data[(2 * 100 + 50) * 4 + 3]).toBe(0)
  })
})

describe('formats', () => {
  beforeEach(() => startWith())

  it('auto=format answers AVIF or WebP by Accept, the original format otherwise, and varies on Accept', async () => {
    const avif = await image('w=50&auto=format', { accept: 'image/avif,image/webp,*/*' })
    expect(avif.meta?.format).toBe('heif')
    expect(avif.answer.headers.get('content-type')).toBe('image/avif')
    expect(avif.answer.headers.get('vary')).toMatch(/accept/)
    expect((await image('w=50&auto=format', { accept: 'image/webp,*/*' })).meta?.format).toBe('webp')
    expect((await image('w=50&auto=format', { accept: '*/*' })).meta?.format).toBe('png')
    expect((await image('w=50&auto=format&fm=jpg', { accept: 'image/avif' })).meta?.format).toBe('jpeg')
  })

  it('fm and q choose the format and quality', async () => {
    const low = await image('w=300&fm=webp&q=5')
    const high = await image('w=300&fm=webp&q=95')
    expect(low.answer.headers.get('content-type')).toBe('image/webp')
    expect(low.bytes.length).toBeLessThan(high.bytes.length)
    expect((await image('w=30&fm=pjpg')).meta).toMatchObject({ format: 'jpeg', isProgressive: true })
  })
})

describe('caching', () => {
  it('answers immutable with an ETag, 304 to a client that has it, and makes each variant once', async () => {
    await startWith()
    const first = await image('w=120&fit=crop&h=60')
    expect(first.answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const etag = first.answer.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]{40}\.png"$/)
    expect(readdirSync(cacheDir)).toEqual([etag.slice(1, -1)])
    const again = await image('w=120&fit=crop&h=60')
    expect(again.answer.headers.get('etag')).toBe(etag)
    expect(again.bytes.equals(first.bytes)).toBe(true)
    expect((await image('w=120&fit=crop&h=60', { 'if-none-match': etag })).answer.status).toBe(304)
    const original = await fetch(imageUrl)
    expect(original.headers.get('etag')).toBeTruthy()
    expect((await fetch(imageUrl, { headers: { 'if-none-match': original.headers.get('etag')! } })).status).toBe(304)
  })

  it('keeps the cache under its bound, dropping the least recently used first', async () => {
    await startWith(6_000)
    for (const w of [300, 310, 320, 330, 340, 350]) expect((await image(`w=${w}&fm=jpg&q=90`)).answer.status).toBe(200)
    const sizes = readdirSync(cacheDir).length
    expect(sizes).toBeGreaterThan(0)
    expect(sizes).toBeLessThan(6)
    const total = readdirSync(cacheDir).reduce((sum, name) => sum + statSync(path.join(cacheDir, name)).size, 0)
    expect(total).toBeLessThanOrEqual(6_000)
  })
})

describe('bad parameters', () => {
  beforeEach(() => startWith())

  it.each([
    ['w=0', /w=0 is not valid/],
    ['w=abc', /w=abc/],
    ['h=9000', /h=9000/],
    ['w=10.5', /whole number/],
    ['fit=stretch', /fit=stretch/],
    ['crop=middle', /crop=middle/],
    ['fm=gif', /fm=gif/],
    ['auto=compress', /auto=compress/],
    ['q=101', /q=101/],
    ['dpr=4', /dpr=4/],
    ['fp-x=2', /fp-x=2/],
    ['rect=1,2,3', /rect=1,2,3/],
    ['rect=0,0,500,10', /outside the image \(400x300\)/],
    ['bg=zzz', /bg=zzz/],
  ])('%s answers 400', async (search, message) => {
    const { answer, bytes } = await image(search)
    expect(answer.status).toBe(400)
    const body = JSON.parse(bytes.toString('utf8')) as {
      statusCode: number
      error: { type: string; description: string }
    }
    expect(body.statusCode).toBe(400)
    expect(body.error.description).toMatch(message)
  })
})
