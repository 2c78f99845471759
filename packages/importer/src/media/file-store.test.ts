import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileAssetDocumentSchema } from '@blog/schemas'
import { mediaBytes } from '../test/image-server.ts'
import { tempDir } from '../test/helpers.ts'
import { datasetFileStore } from './file-store.ts'

const sha1 = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex')
let dir: string
beforeEach(() => (dir = tempDir()))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('datasetFileStore', () => {
  it('stores audio as files/<sha1>.mp3 with the asset document the local lake would make, once per content', async () => {
    const store = datasetFileStore(path.join(dir, 'data.ndjson'))
    const bytes = mediaBytes('mp3', 'coach')
    const hash = sha1(bytes)
    const first = await store.addBytes(bytes, 'interview-with-a-coach.mp3')
    expect(first).toMatchObject({ assetId: `file-${hash}-mp3`, fileName: `${hash}.mp3`, created: true })
    const document = (first as { document: unknown }).document
    expect(fileAssetDocumentSchema.parse(document)).toEqual({
      _id: `file-${hash}-mp3`,
      _type: 'sanity.fileAsset',
      assetId: hash,
      sha1hash: hash,
      extension: 'mp3',
      mimeType: 'audio/mpeg',
      originalFilename: 'interview-with-a-coach.mp3',
      path: `files/${hash}.mp3`,
      url: `/media/${hash}.mp3`,
      size: bytes.length,
    })
    expect(readFileSync(path.join(dir, 'files', `${hash}.mp3`))).toEqual(bytes)
    expect(await store.addBytes(bytes, 'copy.mp3')).toMatchObject({ assetId: `file-${hash}-mp3`, created: false })
    expect(store.assets).toHaveLength(1)
  })

  it('takes video and WebVTT, and refuses a file whose bytes or name are not what it says', async () => {
    const store = datasetFileStore(path.join(dir, 'data.ndjson'))
    expect(await store.addBytes(mediaBytes('mp4', 'run'), 'run.mp4')).toMatchObject({ fileName: /\.mp4$/ })
    const vtt = await store.addBytes(mediaBytes('vtt', 'Go'), 'run.en.vtt')
    expect(vtt).toMatchObject({ document: { mimeType: 'text/vtt', extension: 'vtt' } })
    expect(await store.addBytes(Buffer.from('<html>Not found</html>'), 'gone.mp3')).toEqual({
      missing: 'gone.mp3 is not an audio file (its bytes)',
    })
    expect(await store.addBytes(mediaBytes('mp3', 'x'), 'notes.pdf')).toEqual({
      missing: 'notes.pdf is not audio, video or WebVTT captions in a format the blog plays',
    })
  })

  it('writes nothing in a dry run, and makes no document for an asset the dataset has', async () => {
    const bytes = mediaBytes('mp3', 'old')
    const id = `file-${sha1(bytes)}-mp3`
    const dry = datasetFileStore(path.join(dir, 'data.ndjson'), { dryRun: true })
    expect(await dry.addBytes(bytes, 'a.mp3')).toMatchObject({ assetId: id })
    expect(existsSync(path.join(dir, 'files'))).toBe(false)
    const known = datasetFileStore(path.join(dir, 'data.ndjson'), { existingAssetIds: [id] })
    expect(await known.addBytes(bytes, 'a.mp3')).toEqual({
      assetId: id,
      fileName: `${sha1(bytes)}.mp3`,
      created: false,
    })
  })
})
