import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { storedDocumentSchema } from '@blog/schemas'
import { imageServer, mediaBytes, sendImage } from './test/image-server.ts'
import { miniWxr, readNdjson, runCli, tempDir } from './test/helpers.ts'

const UPLOADS = '/wp-content/uploads/2024/06'
let dir: string
let server: Awaited<ReturnType<typeof imageServer>>
const episode = mediaBytes('mp3', 'episode')
const sha1 = createHash('sha1').update(episode).digest('hex')

/** A post of a site on the test server: its own audio, a video whose answer is a page, and audio on another host. */
function writeExport(): string {
  const site = server.url('').replace(/\/$/, '')
  const html =
    `<p>Listen.</p><audio src="${site}${UPLOADS}/episode-one.mp3"></audio>` +
    `[video mp4="${site}${UPLOADS}/gone.mp4"][/video]<audio src="http://localhost:${server.port}/elsewhere/pod.mp3"></audio>`
  const xml = miniWxr([{ id: 1, slug: 'episode-one', title: 'Episode one', html, link: `${site}/episode-one/` }])
  const file = path.join(dir, 'old.xml')
  writeFileSync(file, xml.replace('<link>https://mini.example</link>', `<link>${site}</link>`))
  return file
}

beforeEach(async () => {
  dir = tempDir()
  server = await imageServer({
    [`${UPLOADS}/episode-one.mp3`]: sendImage(episode, 'audio/mpeg'),
    [`${UPLOADS}/gone.mp4`]: sendImage(Buffer.from('<p>Moved</p>'), 'text/html'),
    '/elsewhere/pod.mp3': sendImage(mediaBytes('mp3', 'other'), 'audio/mpeg'),
  })
})
afterEach(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('--fetch-media: audio and video', () => {
  it('fetches the site’s own files into files/<sha1>.<ext>, once, and never from another host', async () => {
    const out = path.join(dir, 'site', 'data.ndjson')
    const run = await runCli([writeExport(), '--fetch-media', '--out', out])
    expect(run.code).toBe(0)
    expect(server.hits(`${UPLOADS}/episode-one.mp3`)).toBe(1)
    expect(server.hits('/elsewhere/pod.mp3')).toBe(0)
    expect(readFileSync(path.join(dir, 'site', 'files', `${sha1}.mp3`))).toEqual(episode)

    const docs = readNdjson(out)
    for (const doc of docs) expect(storedDocumentSchema.safeParse(doc).error).toBeUndefined()
    expect(docs.find((doc) => doc._id === `file-${sha1}-mp3`)).toMatchObject({
      _id: `file-${sha1}-mp3`,
      _type: 'sanity.fileAsset',
      assetId: sha1,
      sha1hash: sha1,
      extension: 'mp3',
      mimeType: 'audio/mpeg',
      originalFilename: 'episode-one.mp3',
      path: `files/${sha1}.mp3`,
      url: `/media/${sha1}.mp3`,
      size: episode.length,
    })
    const body = docs.find((doc) => doc._id === 'article-episode-one')?.body as { _type: string }[]
    expect(body.map((block) => block._type)).toEqual(['block', 'audioFile'])
    expect(run.out).toContain(
      `video ${server.url(`${UPLOADS}/gone.mp4`)} left out: fetching ${server.url(`${UPLOADS}/gone.mp4`)} failed: not audio, video or captions (text/html)`,
    )
    expect(run.out).toContain(`audio http://localhost:${server.port}/elsewhere/pod.mp3 left out: on another site`)
    expect(run.out).toContain('Media: 2 on the old site, 1 fetched, 0 fetched by an earlier run, 1 failed')

    const before = server.hits(`${UPLOADS}/episode-one.mp3`)
    const again = await runCli([writeExport(), '--fetch-media', '--out', out])
    expect(again.code).toBe(0)
    expect(server.hits(`${UPLOADS}/episode-one.mp3`)).toBe(before)
    expect(again.out).toContain('Media: 2 on the old site, 0 fetched, 1 fetched by an earlier run, 1 failed')
    expect(again.out).toContain('0 created, 0 updated')
    expect(readdirSync(path.join(dir, 'site', 'files'))).toEqual([`${sha1}.mp3`])
  })
})
