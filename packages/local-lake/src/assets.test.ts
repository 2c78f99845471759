/** Image and file uploads through @sanity/client's own `assets.upload`, and serving them back. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { SanityClient } from '@sanity/client'
import sharp from 'sharp'
import { describeImage } from './assets.ts'
import { startLake, type RunningLake } from './server.ts'
import { DatasetStore } from './store.ts'
import { SAMPLE_IMAGES_DIR } from '@blog/sample-content'
import { lakeClient } from './testing.ts'

let store: DatasetStore
let lake: RunningLake
let client: SanityClient
let transactions = 0

beforeEach(async () => {
  store = DatasetStore.open(mkdtempSync(path.join(tmpdir(), 'lake-assets-')))
  store.subscribe(() => (transactions += 1))
  lake = await startLake({ store, maxUploadBytes: 512 * 1024, log: () => {} })
  client = lakeClient(lake.url)
})
afterEach(async () => {
  await lake.close()
  store.close()
  transactions = 0
})

const photo = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 90, b: 40 } } })
    .jpeg()
    .toBuffer()

describe('image upload', () => {
  it('stores the image with its dimensions and a blurred placeholder, named by content hash, and serves it', async () => {
    const bytes = await photo()
    const asset = await client.assets.upload('image', bytes, { filename: 'finish-line.jpg' })
    expect(asset).toMatchObject({
      _type: 'sanity.imageAsset',
      extension: 'jpg',
      mimeType: 'image/jpeg',
      originalFilename: 'finish-line.jpg',
      size: bytes.length,
      metadata: { dimensions: { width: 640, height: 480, aspectRatio: 640 / 480 } },
    })
    expect(asset._id).toBe(`image-${asset.sha1hash}-640x480-jpg`)
    expect(asset.metadata.lqip).toMatch(/^data:image\/jpeg;base64,/)
    const placeholder = await sharp(Buffer.from(asset.metadata.lqip!.split(',')[1]!, 'base64')).metadata()
    expect(placeholder.width).toBe(20)
    expect(asset.url).toBe(`/media/${asset.sha1hash}-640x480.jpg`)
    const served = await fetch(`${lake.url}/images/local/production/${asset.sha1hash}-640x480.jpg`)
    expect(served.headers.get('content-type')).toBe('image/jpeg')
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true)
    expect(readdirSync(path.join(store.dir, 'images'))).toEqual([`${asset.sha1hash}-640x480.jpg`])
  })

  it('gives the same bytes uploaded twice the same asset, written once', async () => {
    const bytes = readFileSync(path.join(SAMPLE_IMAGES_DIR, readdirSync(SAMPLE_IMAGES_DIR)[0]!))
    const first = await client.assets.upload('image', bytes, { filename: 'a.png' })
    const second = await client.assets.upload('image', bytes, { filename: 'b.png' })
    expect(second._id).toBe(first._id)
    expect(second.originalFilename).toBe('a.png')
    expect(transactions).toBe(1)
    expect(first.metadata.lqip).toMatch(/^data:image\/jpeg;base64,/)
  })

  it('keeps transparency in the placeholder of an image with alpha', async () => {
    const bytes = await sharp({
      create: { width: 40, height: 40, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } },
    })
      .png()
      .toBuffer()
    const asset = await client.assets.upload('image', bytes)
    expect(asset.metadata).toMatchObject({ hasAlpha: true, lqip: expect.stringMatching(/^data:image\/png;base64,/) })
  })

  it('refuses what is not an image (400), what is too large (413), and serves nothing it does not have (404)', async () => {
    await expect(
      client.assets.upload('image', Buffer.from('plain text, not pixels'), { filename: 'notes.txt' }),
    ).rejects.toMatchObject({ statusCode: 400 })
    await expect(client.assets.upload('image', Buffer.alloc(600 * 1024, 1))).rejects.toMatchObject({ statusCode: 413 })
    expect((await fetch(`${lake.url}/images/local/production/${'0'.repeat(40)}-1x1.png`)).status).toBe(404)
    expect((await fetch(`${lake.url}/images/local/production/..%2Fdata.ndjson`)).status).toBe(404)
    expect((await fetch(`${lake.url}/images/local/other-dataset/x.png`)).status).toBe(404)
    expect(transactions).toBe(0)
  })
})

describe('file upload', () => {
  it('stores any file by content hash and serves it back', async () => {
    const bytes = Buffer.from('%PDF-1.4 a training plan')
    const asset = await client.assets.upload('file', bytes, { filename: 'plan.pdf', contentType: 'application/pdf' })
    expect(asset).toMatchObject({
      _type: 'sanity.fileAsset',
      extension: 'pdf',
      mimeType: 'application/pdf',
      size: bytes.length,
    })
    expect(Buffer.from(await (await fetch(asset.url)).arrayBuffer()).equals(bytes)).toBe(true)
  })
})

describe('describeImage', () => {
  it('names the asset and its file by content and size, and writes nothing', async () => {
    const bytes = await photo()
    const { asset, fileName } = await describeImage(bytes, { filename: 'finish-line.jpg' })
    expect(fileName).toBe(`${asset.sha1hash}-640x480.jpg`)
    expect(asset).toMatchObject({
      _id: `image-${asset.sha1hash}-640x480-jpg`,
      _type: 'sanity.imageAsset',
      originalFilename: 'finish-line.jpg',
      path: `images/${fileName}`,
      url: `/media/${fileName}`,
      metadata: { dimensions: { width: 640, height: 480 }, lqip: expect.stringMatching(/^data:image\/jpeg;base64,/) },
    })
    expect(readdirSync(store.dir)).not.toContain('images')
  })

  it('says which file is not an image, is empty, or is cut short', async () => {
    await expect(describeImage(Buffer.from('plain text'), { filename: 'notes.jpg' })).rejects.toMatchObject({
      statusCode: 400,
      message: 'notes.jpg is not a readable image (JPEG, PNG, WebP, GIF, AVIF, SVG, TIFF)',
    })
    await expect(describeImage(Buffer.alloc(0))).rejects.toThrow('The upload is empty')
    const bytes = await photo()
    await expect(describeImage(bytes.subarray(0, bytes.length / 2), { filename: 'cut.jpg' })).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/^cut\.jpg is damaged or incomplete/),
    })
  })
})
