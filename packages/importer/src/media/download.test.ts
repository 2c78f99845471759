import { imageBytes, imageServer, mediaBytes, sendImage, type Handler } from '../test/image-server.ts'
import { downloadImage, downloadMedia, type DownloadLimits } from './download.ts'

const MB = 1024 * 1024

// A timeout only the timeout test reaches: 300 ms was passed by a plain 404 on a loaded CI machine, which then
// counted two attempts.
const limits: DownloadLimits = { maxBytes: 64 * 1024, timeoutMs: 10_000, retries: 2, retryDelayMs: 10 }
const quick = { ...limits, timeoutMs: 300, retries: 0 }
const anywhere = () => true
let server: Awaited<ReturnType<typeof imageServer>>
let photo: Buffer

async function serve(routes: Record<string, Handler>) {
  server = await imageServer(routes)
}
beforeAll(async () => {
  photo = await imageBytes('#3a7')
})
afterEach(() => server?.close())

describe('downloadImage', () => {
  it('gives the bytes of an image', async () => {
    await serve({ '/hill.jpg': sendImage(photo) })
    expect(await downloadImage(server.url('/hill.jpg'), anywhere, limits)).toEqual({ bytes: photo })
  })

  it('reports a 404 at once, without trying again', async () => {
    await serve({})
    expect(await downloadImage(server.url('/gone.jpg'), anywhere, limits)).toEqual({
      failed: 'HTTP 404 (Not Found)',
    })
    expect(server.hits('/gone.jpg')).toBe(1)
  })

  it('tries a 500 again, and takes the image the next answer brings', async () => {
    let calls = 0
    await serve({
      '/flaky.jpg': (req, res) => (++calls === 1 ? res.writeHead(500).end() : sendImage(photo)(req, res)),
    })
    expect(await downloadImage(server.url('/flaky.jpg'), anywhere, limits)).toEqual({ bytes: photo })
    expect(calls).toBe(2)
  })

  it('gives up after the retries, saying how many attempts were made', async () => {
    await serve({ '/busy.jpg': (_req, res) => res.writeHead(429).end() })
    const result = await downloadImage(server.url('/busy.jpg'), anywhere, limits)
    expect(result).toEqual({ failed: 'HTTP 429 (Too Many Requests), 3 attempts' })
    expect(server.hits('/busy.jpg')).toBe(3)
  })

  it('times out an answer that does not come, and one whose body stalls', async () => {
    await serve({
      '/slow.jpg': (req, res) => {
        const timer = setTimeout(() => sendImage(photo)(req, res), 2_000)
        res.on('close', () => clearTimeout(timer))
      },
      '/stalls.jpg': (_req, res) => {
        res.writeHead(200, { 'content-type': 'image/jpeg' })
        res.write(photo.subarray(0, 10))
      },
    })
    const started = Date.now()
    const [slow, stalls] = await Promise.all([
      downloadImage(server.url('/slow.jpg'), anywhere, quick),
      downloadImage(server.url('/stalls.jpg'), anywhere, quick),
    ])
    expect(slow).toEqual({ failed: 'no answer within 0.3 s' })
    expect(stalls).toEqual({ failed: 'no answer within 0.3 s' })
    expect(Date.now() - started).toBeLessThan(1_500)
  })

  it('refuses an answer larger than the limit, by its length or while reading a body without one', async () => {
    const big = Buffer.alloc(limits.maxBytes + 1)
    let sent = 0
    await serve({
      '/big.jpg': sendImage(big),
      '/endless.jpg': (_req, res) => {
        res.writeHead(200, { 'content-type': 'image/jpeg' })
        const timer = setInterval(() => {
          sent += 16 * 1024
          res.write(Buffer.alloc(16 * 1024))
        }, 5)
        res.on('close', () => clearInterval(timer))
      },
    })
    expect(await downloadImage(server.url('/big.jpg'), anywhere, limits)).toEqual({
      failed: 'too large (65 KB, more than 64 KB)',
    })
    expect(await downloadImage(server.url('/endless.jpg'), anywhere, limits)).toEqual({
      failed: 'too large (more than 64 KB)',
    })
    expect(sent).toBeLessThan(limits.maxBytes * 4)
  })

  it('refuses a page that is not an image, and image/png bytes that are not one', async () => {
    await serve({
      '/page.jpg': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Hi</p>'),
      '/fake.png': sendImage(Buffer.from('<html>not a picture</html>'), 'image/png'),
    })
    expect(await downloadImage(server.url('/page.jpg'), anywhere, limits)).toEqual({
      failed: 'not an image (text/html)',
    })
    expect(await downloadImage(server.url('/fake.png'), anywhere, limits)).toEqual({
      failed: 'not an image (image/png in the header, but the bytes are not an image file)',
    })
  })

  it('follows a redirect only to an address it is allowed to fetch', async () => {
    await serve({
      '/moved.jpg': (_req, res) => res.writeHead(301, { location: '/hill.jpg' }).end(),
      '/away.jpg': (_req, res) => res.writeHead(302, { location: 'https://elsewhere.example/x.jpg' }).end(),
      '/hill.jpg': sendImage(photo),
    })
    const sameHost = (url: URL) => url.hostname === '127.0.0.1'
    expect(await downloadImage(server.url('/moved.jpg'), sameHost, limits)).toEqual({ bytes: photo })
    expect(await downloadImage(server.url('/away.jpg'), sameHost, limits)).toEqual({
      failed: 'redirected to another site (https://elsewhere.example/…)',
    })
  })
})

describe('downloadMedia', () => {
  const episode = mediaBytes('mp3', 'episode one')

  it('gives the bytes of an audio, video or WebVTT answer', async () => {
    const captions = mediaBytes('vtt', 'Go')
    await serve({ '/a.mp3': sendImage(episode, 'audio/mpeg'), '/c.vtt': sendImage(captions, 'text/vtt') })
    expect(await downloadMedia(server.url('/a.mp3'), anywhere, limits)).toEqual({ bytes: episode })
    expect(await downloadMedia(server.url('/c.vtt'), anywhere, limits)).toEqual({ bytes: captions })
  })

  it('refuses an answer that is not audio, video or captions', async () => {
    await serve({ '/a.mp3': sendImage(Buffer.from('<p>Moved</p>'), 'text/html; charset=utf-8') })
    expect(await downloadMedia(server.url('/a.mp3'), anywhere, limits)).toEqual({
      failed: 'not audio, video or captions (text/html)',
    })
  })

  it('stops reading an answer once it passes the limit, with or without a length', async () => {
    let sent = 0
    await serve({
      '/long.mp3': (_req, res) => {
        res.writeHead(200, { 'content-type': 'audio/mpeg' })
        const part = Buffer.alloc(16 * 1024)
        const more = () => {
          while (sent < 10 * 1024 * 1024 && res.write(part)) sent += part.length
          if (!res.destroyed && sent < 10 * 1024 * 1024) res.once('drain', more)
        }
        more()
      },
    })
    expect(await downloadMedia(server.url('/long.mp3'), anywhere, limits)).toEqual({
      failed: 'too large (more than 64 KB)',
    })
    expect(sent).toBeLessThan(10 * 1024 * 1024)
  })

  it('allows 200 MB by default: a longer answer is refused by its length, unread', async () => {
    await serve({
      '/film.mp4': (_req, res) => res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': 300 * MB }).end(),
    })
    expect(await downloadMedia(server.url('/film.mp4'), anywhere)).toEqual({
      failed: 'too large (300 MB, more than 200 MB)',
    })
  })
})
