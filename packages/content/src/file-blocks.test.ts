import { createContent, createEmbeddedSource } from './index.ts'
import { searchQuery } from './queries.ts'
import { FIXED_NOW, fixtureDocuments, writeDataset } from './test/fixtures.ts'

const SHA = '3f786850e387550fdab836ed7e6dc881de23001b'
const fileAsset = (id: string, extra: Record<string, unknown>) => ({
  _id: id,
  _type: 'sanity.fileAsset',
  extension: id.split('-').pop(),
  size: 2048,
  ...extra,
})
// As the local lake stores an upload: its path in the dataset folder, its url on the lake's own host.
const lakeAudio = fileAsset(`file-${SHA}-mp3`, {
  mimeType: 'audio/mpeg',
  path: `files/${SHA}.mp3`,
  url: `http://localhost:3999/files/local/production/${SHA}.mp3`,
})
const lakeCaptions = fileAsset(`file-${SHA}-vtt`, { mimeType: 'text/vtt', path: `files/${SHA}.vtt`, url: 'x' })
// As a Sanity project stores one: served by the CDN.
const cdnUrl = `https://cdn.sanity.io/files/p1/production/${SHA}.mp4`
const cdnVideo = fileAsset(`file-${SHA}-mp4`, {
  mimeType: 'video/mp4',
  path: `files/p1/production/${SHA}.mp4`,
  url: cdnUrl,
})
const fileField = (id: string) => ({ _type: 'file', asset: { _type: 'reference', _ref: id } })

function setup() {
  const documents = fixtureDocuments().map((doc) =>
    doc._id === 'article-two'
      ? {
          ...doc,
          body: [
            {
              _type: 'audioFile',
              _key: 'a',
              file: fileField(lakeAudio._id),
              title: 'Coach interview',
              transcript: 'We talk about cadence drills.',
            },
            {
              _type: 'videoFile',
              _key: 'v',
              file: fileField(cdnVideo._id),
              title: 'Stride analysis',
              captions: fileField(lakeCaptions._id),
              poster: { _type: 'image', asset: { _type: 'reference', _ref: 'image-abc123-800x600-png' }, alt: 'Feet' },
            },
            { _type: 'audioFile', _key: 'gone', file: fileField('file-missing-mp3'), title: 'Deleted upload' },
          ],
        }
      : doc,
  )
  const source = createEmbeddedSource({
    datasetPath: writeDataset([...documents, lakeAudio, lakeCaptions, cdnVideo]),
    now: FIXED_NOW,
  })
  const logger = { warn: jest.fn(), error: jest.fn(), info: jest.fn() }
  return { source, content: createContent({ source, logger }), logger }
}

describe('audio and video blocks through the article query', () => {
  it('resolves files in a dataset folder to /media and keeps a CDN url; a block whose file is gone is left out', async () => {
    const { content, logger } = setup()
    const body = (await content.getArticle('article-two'))!.body
    expect(body.map((block) => block._key)).toEqual(['a', 'v'])
    expect(body[0]).toMatchObject({
      file: { asset: { _id: lakeAudio._id, url: `/media/${SHA}.mp3`, mimeType: 'audio/mpeg', size: 2048 } },
      transcript: 'We talk about cadence drills.',
    })
    expect(body[1]).toMatchObject({
      file: { asset: { url: cdnUrl, mimeType: 'video/mp4' } },
      captions: { asset: { url: `/media/${SHA}.vtt`, mimeType: 'text/vtt' } },
      poster: { alt: 'Feet', asset: { url: '/media/abc123-800x600.png' } },
    })
    expect(JSON.stringify(logger.warn.mock.calls)).toContain('body.2.file.asset')
  })

  it('finds an article by the titles of its audio and video and by a transcript', async () => {
    const { source, content } = setup()
    for (const words of ['cadence drills', 'stride analysis', 'coach interview']) {
      expect((await content.search(words)).items.map((hit) => hit.slug)).toEqual(['article-two'])
      const pattern = words.split(' ').map((word) => `${word}*`)
      const raw = (await source.fetch(searchQuery, { pattern, start: 0, end: 10 })) as { items: { slug: string }[] }
      expect(raw.items.map((hit) => hit.slug)).toEqual(['article-two'])
    }
  })
})
