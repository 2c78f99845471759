/** @jest-environment node */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// A dataset folder as the export format and the local lake lay it out: data.ndjson, images/ and files/.
const dir = mkdtempSync(path.join(tmpdir(), 'web-media-'))
const SHA = '3f786850e387550fdab836ed7e6dc881de23001b'
const audio = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251))
mkdirSync(path.join(dir, 'files'))
mkdirSync(path.join(dir, 'images'))
writeFileSync(path.join(dir, 'data.ndjson'), '')
writeFileSync(path.join(dir, 'files', `${SHA}.mp3`), audio)
writeFileSync(path.join(dir, 'files', `${SHA}.vtt`), 'WEBVTT\n')
writeFileSync(path.join(dir, 'files', `${SHA}.html`), '<script>alert(1)</script>')
writeFileSync(path.join(dir, 'images', 'abc-2x1.png'), 'png')

let serveMedia: typeof import('./media').serveMedia
beforeAll(async () => {
  delete process.env.SANITY_PROJECT_ID
  process.env.CONTENT_DATASET_PATH = path.join(dir, 'data.ndjson')
  ;({ serveMedia } = await import('./media'))
})

const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer())

describe('/media for uploaded files', () => {
  it('serves audio whole with its type, and says it takes ranges', async () => {
    const response = await serveMedia(`${SHA}.mp3`, null)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('audio/mpeg')
    expect(response.headers.get('accept-ranges')).toBe('bytes')
    expect(response.headers.get('content-length')).toBe('1000')
    expect(await bytes(response)).toEqual(audio)
  })

  it.each([
    ['bytes=100-199', 100, 199],
    ['bytes=900-', 900, 999],
    ['bytes=-10', 990, 999],
    ['bytes=990-5000', 990, 999],
  ])('answers %s with 206 and those bytes', async (range, start, end) => {
    const response = await serveMedia(`${SHA}.mp3`, range)
    expect(response.status).toBe(206)
    expect(response.headers.get('content-range')).toBe(`bytes ${start}-${end}/1000`)
    expect(response.headers.get('content-length')).toBe(String(end - start + 1))
    expect(await bytes(response)).toEqual(audio.subarray(start, end + 1))
  })

  it('answers a range past the end with 416, and several ranges with the whole file', async () => {
    const past = await serveMedia(`${SHA}.mp3`, 'bytes=1000-')
    expect(past.status).toBe(416)
    expect(past.headers.get('content-range')).toBe('bytes */1000')
    expect((await serveMedia(`${SHA}.mp3`, 'bytes=0-1,5-6')).status).toBe(200)
  })

  it('serves captions as text/vtt', async () => {
    const response = await serveMedia(`${SHA}.vtt`, null)
    expect(response.headers.get('content-type')).toBe('text/vtt; charset=utf-8')
    expect(await response.text()).toBe('WEBVTT\n')
  })

  it.each([
    ['a made-up file name', `${'0'.repeat(40)}.mp3`],
    ['an uploaded file of a type the body does not play', `${SHA}.html`],
    ['a path outside the folder', `../data.ndjson`],
    ['a name that is not a content hash', 'notes.mp3'],
  ])('answers 404 for %s', async (_, name) => {
    jest.spyOn(console, 'warn').mockImplementation(() => {})
    expect((await serveMedia(name, null)).status).toBe(404)
  })

  it('still serves images from images/', async () => {
    const response = await serveMedia('abc-2x1.png', null)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(await response.text()).toBe('png')
  })
})
