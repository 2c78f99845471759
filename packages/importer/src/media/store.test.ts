import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { imageAssetDocumentSchema } from '@blog/schemas'
import { createClient } from '@sanity/client'
import sharp from 'sharp'
import { datasetImageStore, sanityImageStore, type ImageUploadClient, type StoredImage } from './store.ts'

let dir: string
let dataset: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'media-store-'))
  dataset = path.join(dir, 'out', 'data.ndjson')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function photo(name: string, background = '#c33', width = 40): Promise<string> {
  const file = path.join(dir, name)
  const create = { width, height: (width * 3) / 4, channels: 3 as const, background }
  writeFileSync(file, await sharp({ create }).jpeg().toBuffer())
  return file
}
// The name a 40x30 JPEG has in a dataset's images/ folder.
const JPEG_40 = expect.stringMatching(/^[a-f0-9]{40}-40x30\.jpg$/)
const imagesDir = () => path.join(dir, 'out', 'images')
const stored = (result: StoredImage | { missing: string }) => {
  if ('missing' in result) throw new Error(result.missing)
  return result
}

describe('datasetImageStore', () => {
  it('writes the image beside the dataset when added, and makes an asset document the schema accepts', async () => {
    const store = datasetImageStore(dataset)
    const added = stored(await store.add(await photo('hill.jpg')))
    expect(added).toMatchObject({ assetId: expect.stringMatching(/^image-[a-f0-9]{40}-40x30-jpg$/), created: true })
    const [asset] = store.assets
    expect(store.assets).toHaveLength(1)
    expect(added.document).toBe(asset)
    expect(imageAssetDocumentSchema.parse(asset)).toMatchObject({
      _id: added.assetId,
      originalFilename: 'hill.jpg',
      mimeType: 'image/jpeg',
      metadata: { dimensions: { width: 40, height: 30 } },
    })
    const fileName = `${asset!.sha1hash as string}-40x30.jpg`
    expect(asset!.url).toBe(`/media/${fileName}`)
    expect(readdirSync(imagesDir())).toEqual([fileName])
    expect(readFileSync(path.join(imagesDir(), fileName)).equals(readFileSync(path.join(dir, 'hill.jpg')))).toBe(true)
  })

  it('stores the same content once, whatever its file names, and each file is read once', async () => {
    const store = datasetImageStore(dataset)
    const first = await photo('a.jpg')
    writeFileSync(path.join(dir, 'b.jpg'), readFileSync(first))
    const [a, b, again] = (await Promise.all([
      store.add(first),
      store.add(path.join(dir, 'b.jpg')),
      store.add(first),
    ])) as StoredImage[]
    // Read at the same time: whichever is described first makes the asset.
    expect([a!.created, b!.created].sort()).toEqual([false, true])
    expect(b).toEqual({ ...a, created: b!.created })
    expect(again).toMatchObject({ assetId: a!.assetId, created: false })
    expect(store.assets).toHaveLength(1)
    expect(readdirSync(imagesDir())).toHaveLength(1)
    const other = stored(await store.add(await photo('c.jpg', '#36c')))
    expect(other.assetId).not.toBe(a!.assetId)
    expect(store.assets.map((asset) => asset._id)).toEqual([a!.assetId, other.assetId])
  })

  it('on a re-import, neither rewrites the file nor makes the asset document again', async () => {
    const file = await photo('hill.jpg')
    const first = stored(await datasetImageStore(dataset).add(file))
    const written = path.join(imagesDir(), readdirSync(imagesDir())[0]!)
    const before = statSync(written)
    const store = datasetImageStore(dataset, { existingAssetIds: [first.assetId] })
    expect(await store.add(file)).toEqual({ assetId: first.assetId, fileName: JPEG_40, created: false })
    expect(store.assets).toEqual([])
    const after = statSync(written)
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
  })

  it('writes the file of a known asset when it is missing, and leaves no temporary file', async () => {
    const file = await photo('hill.jpg')
    const first = stored(await datasetImageStore(dataset).add(file))
    const [written] = readdirSync(imagesDir())
    unlinkSync(path.join(imagesDir(), written!))
    await datasetImageStore(dataset, { existingAssetIds: [first.assetId] }).add(file)
    expect(readdirSync(imagesDir())).toEqual([written])
  })

  it('in a dry run, describes the images and writes nothing', async () => {
    const store = datasetImageStore(dataset, { dryRun: true })
    expect(stored(await store.add(await photo('hill.jpg'))).created).toBe(true)
    expect(store.assets).toHaveLength(1)
    expect(existsSync(path.join(dir, 'out'))).toBe(false)
  })

  it('gives a reason for a file that is not a readable image, and goes on', async () => {
    const store = datasetImageStore(dataset)
    writeFileSync(path.join(dir, 'notes.jpg'), 'plain text, not pixels')
    const damaged = readFileSync(await photo('whole.jpg', '#c33', 400))
    writeFileSync(path.join(dir, 'cut.jpg'), damaged.subarray(0, damaged.length / 2))
    expect(await store.add(path.join(dir, 'notes.jpg'))).toEqual({
      missing: 'notes.jpg is not a readable image (JPEG, PNG, WebP, GIF, AVIF, SVG, TIFF)',
    })
    expect(await store.add(path.join(dir, 'cut.jpg'))).toEqual({
      missing: expect.stringMatching(/^cut\.jpg is damaged or incomplete/),
    })
    expect(await store.add(path.join(dir, 'gone.jpg'))).toEqual({ missing: 'gone.jpg cannot be read (ENOENT)' })
    expect(await store.add(dir)).toEqual({ missing: `${path.basename(dir)} cannot be read (EISDIR)` })
    expect(stored(await store.add(path.join(dir, 'whole.jpg'))).created).toBe(true)
    expect(store.assets).toHaveLength(1)
    expect(readdirSync(imagesDir())).toHaveLength(1)
  })
})

describe('sanityImageStore', () => {
  function fakeClient(fail?: { statusCode: number; message: string }) {
    const uploads: { filename: string; contentType?: string; size: number }[] = []
    const client: ImageUploadClient = {
      assets: {
        async upload(_type, body, { filename, contentType }) {
          if (fail) throw Object.assign(new Error(fail.message), { statusCode: fail.statusCode })
          uploads.push({ filename, contentType, size: body.length })
          return { _id: `image-uploaded${uploads.length}-40x30-jpg`, _type: 'sanity.imageAsset', _rev: 'r1' }
        },
      },
    }
    return { client, uploads }
  }

  it('uploads each content once per run and keeps the documents Sanity made out of the dataset', async () => {
    const { client, uploads } = fakeClient()
    const store = sanityImageStore(client)
    const first = await photo('a.jpg')
    writeFileSync(path.join(dir, 'b.jpg'), readFileSync(first))
    expect(await store.add(first)).toEqual({ assetId: 'image-uploaded1-40x30-jpg', fileName: JPEG_40, created: true })
    expect(await store.add(path.join(dir, 'b.jpg'))).toEqual({
      assetId: 'image-uploaded1-40x30-jpg',
      fileName: JPEG_40,
      created: false,
    })
    expect(await store.add(first)).toEqual({ assetId: 'image-uploaded1-40x30-jpg', fileName: JPEG_40, created: false })
    expect(uploads).toEqual([{ filename: 'a.jpg', contentType: 'image/jpeg', size: statSync(first).size }])
    expect(store.assets.map((asset) => asset._id)).toEqual(['image-uploaded1-40x30-jpg'])
    writeFileSync(path.join(dir, 'notes.jpg'), 'not pixels')
    expect(await store.add(path.join(dir, 'notes.jpg'))).toHaveProperty('missing')
    expect(uploads).toHaveLength(1)
  })

  it('notes a file Sanity refuses, and stops on what would fail every upload', async () => {
    const file = await photo('hill.jpg')
    expect(await sanityImageStore(fakeClient({ statusCode: 400, message: 'Invalid image' }).client).add(file)).toEqual({
      missing: 'Sanity refused hill.jpg: Invalid image',
    })
    await expect(
      sanityImageStore(fakeClient({ statusCode: 401, message: 'Unauthorized' }).client).add(file),
    ).rejects.toThrow('Unauthorized')
  })

  it('takes a real @sanity/client', () => {
    const client: ImageUploadClient = createClient({
      projectId: 'abc123',
      dataset: 'production',
      useCdn: false,
      apiVersion: '2025-02-19',
    })
    expect(typeof sanityImageStore(client).add).toBe('function')
  })
})
