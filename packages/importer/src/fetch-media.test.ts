import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { imageBytes, imageServer, sendImage } from './test/image-server.ts'
import { readNdjson, runCli, tempDir, type Doc } from './test/helpers.ts'

const UPLOADS = '/wp-content/uploads/2024/03'
let dir: string
let server: Awaited<ReturnType<typeof imageServer>>

const item = (fields: string) => `<item>${fields}<wp:post_password></wp:post_password></item>`
const attachment = (id: number, url: string) =>
  item(`<title>${id}</title><wp:post_id>${id}</wp:post_id><wp:post_type>attachment</wp:post_type>
<wp:status>inherit</wp:status><wp:attachment_url>${url}</wp:attachment_url>`)
const post = (id: number, slug: string, cover: number, html: string, site: string) =>
  item(`<title>${slug}</title><link>${site}/${slug}/</link><dc:creator>eve</dc:creator>
<content:encoded><![CDATA[${html}]]></content:encoded><wp:post_id>${id}</wp:post_id>
<wp:post_date_gmt>2024-03-0${id % 10} 07:00:00</wp:post_date_gmt><wp:post_name>${slug}</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${cover}</wp:meta_value></wp:postmeta>`)

/** Two posts of a site on the test server: the hill photo is a cover and, resized, in both bodies. */
function writeExport(): string {
  const site = server.url('').replace(/\/$/, '')
  const elsewhere = `http://localhost:${server.port}/elsewhere/pic.jpg`
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Old</title><link>${site}</link>
<wp:author><wp:author_login>eve</wp:author_login><wp:author_display_name>Eve Example</wp:author_display_name></wp:author>
${attachment(40, `${site}${UPLOADS}/hill.jpg`)}
${attachment(41, `${site}${UPLOADS}/track.png`)}
${post(1, 'hill-repeats', 40, `<p>Up.</p><img src="${site}${UPLOADS}/hill-300x225.jpg" alt="Hill"><img src="${elsewhere}" alt="Away"><img src="${site}${UPLOADS}/gone.jpg" alt="Gone">`, site)}
${post(2, 'track-night', 41, `<p>Round.</p><img src="${UPLOADS}/hill.jpg" alt="Hill again">`, site)}
</channel></rss>`
  const file = path.join(dir, 'old.xml')
  writeFileSync(file, xml)
  return file
}

beforeEach(async () => {
  dir = tempDir()
  const [hill, track, other] = await Promise.all([imageBytes('#3a7'), imageBytes('#a37', 'png'), imageBytes('#37a')])
  server = await imageServer({
    [`${UPLOADS}/hill.jpg`]: sendImage(hill),
    [`${UPLOADS}/track.png`]: sendImage(track, 'image/png'),
    '/elsewhere/pic.jpg': sendImage(other),
  })
})
afterEach(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

const docs = (out: string) => new Map(readNdjson(out).map((doc) => [doc._id, doc]))
const assetOf = (image: unknown) => (image as { asset: { _ref: string } }).asset._ref
const bodyImages = (article: Doc | undefined) =>
  (article?.body as { _type: string }[]).filter((block) => block._type === 'image').map(assetOf)

describe('--fetch-media', () => {
  it('fetches the images of the old site once each, stores them and refers to them from the articles', async () => {
    const out = path.join(dir, 'site', 'data.ndjson')
    const run = await runCli([writeExport(), '--fetch-media', '--out', out])
    expect(run.code).toBe(0)
    expect(server.hits(`${UPLOADS}/hill.jpg`)).toBe(1) // a cover and two body images
    expect(server.hits(`${UPLOADS}/hill-300x225.jpg`)).toBe(0) // the original is there
    expect(server.hits(`${UPLOADS}/track.png`)).toBe(1)
    expect(server.hits('/elsewhere/pic.jpg')).toBe(0)

    const stored = docs(out)
    const hill = stored.get('article-hill-repeats')
    const track = stored.get('article-track-night')
    const hillAsset = assetOf(hill?.coverImage)
    expect(stored.get(hillAsset)?._type).toBe('sanity.imageAsset')
    expect(bodyImages(hill)).toEqual([hillAsset])
    expect(bodyImages(track)).toEqual([hillAsset])
    expect(stored.get(assetOf(track?.coverImage))?.mimeType).toBe('image/png')
    expect(readdirSync(path.join(dir, 'site', 'images'))).toHaveLength(2)

    expect(run.out).toContain(`on another site (http://localhost:${server.port}/…)`)
    expect(run.out).toContain(`fetching ${server.url(`${UPLOADS}/gone.jpg`)} failed: HTTP 404 (Not Found)`)
    expect(run.out).toContain('Media: 3 on the old site, 2 fetched, 0 fetched by an earlier run, 1 failed')

    const before = server.total()
    const again = await runCli([writeExport(), '--fetch-media', '--out', out])
    expect(again.code).toBe(0)
    expect(server.total() - before).toBe(1) // only the missing one is asked for again
    expect(again.out).toContain('Media: 3 on the old site, 0 fetched, 2 fetched by an earlier run, 1 failed')
    expect(again.out).toContain('0 created, 0 updated')
  })

  it('fetches from another host only when --media-host names it', async () => {
    const out = path.join(dir, 'data.ndjson')
    const run = await runCli([writeExport(), '--fetch-media', '--media-host', 'localhost', '--out', out])
    expect(run.code).toBe(0)
    expect(server.hits('/elsewhere/pic.jpg')).toBe(1)
    expect(bodyImages(docs(out).get('article-hill-repeats'))).toHaveLength(2)
    expect((await runCli([writeExport(), '--media-host', 'localhost', '--dry-run'])).code).toBe(2)
  })

  it('fetches nothing in a dry run, and says what it would fetch', async () => {
    const run = await runCli([writeExport(), '--fetch-media', '--dry-run', '--out', path.join(dir, 'data.ndjson')])
    expect(run.code).toBe(0)
    expect(server.total()).toBe(0)
    expect(run.out).toContain('3 to fetch (dry run: nothing fetched)')
    expect(readdirSync(dir)).toEqual(['old.xml'])
  })
})
