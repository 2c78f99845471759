import { blockContentFieldSchema, fileAssetDocumentSchema, portableTextSchema, storedDocumentSchema } from './index.ts'

const ref = (id: string) => ({ _type: 'reference', _ref: id })
const storedAudio = {
  _type: 'audioFile',
  _key: 'a',
  file: { _type: 'file', asset: ref('file-0a1b-mp3') },
  title: 'Coach on easy pace',
  transcript: 'Run slowly.\nTalk while you run.',
}
const storedVideo = {
  _type: 'videoFile',
  _key: 'v',
  file: { _type: 'file', asset: ref('file-0c1d-mp4') },
  title: 'Hill drill',
  captions: { _type: 'file', asset: ref('file-0e1f-vtt') },
  poster: { _type: 'image', asset: ref('image-abc-800x600-png'), alt: 'A runner on a hill' },
}
const asset = (id: string, url: string) => ({ _id: id, url, mimeType: 'audio/mpeg', size: 1024 })
const readAudio = { ...storedAudio, file: { asset: asset('file-0a1b-mp3', '/media/0a1b.mp3') } }
const readVideo = {
  ...storedVideo,
  file: { asset: asset('file-0c1d-mp4', '/media/0c1d.mp4') },
  captions: { asset: { _id: 'file-0e1f-vtt', url: '/media/0e1f.vtt' } },
  poster: {
    alt: 'A runner on a hill',
    asset: {
      _id: 'image-abc',
      url: '/media/abc.png',
      metadata: { dimensions: { width: 8, height: 6, aspectRatio: 8 / 6 } },
    },
  },
}

describe('audio and video file blocks', () => {
  it('parse as stored and as read', () => {
    expect(blockContentFieldSchema.parse([storedAudio, storedVideo])).toEqual([storedAudio, storedVideo])
    expect(portableTextSchema.parse([readAudio, readVideo])).toEqual([readAudio, readVideo])
  })

  it('need neither caption, transcript, captions nor poster', () => {
    const { captions: _c, poster: _p, ...bareVideo } = readVideo
    const { transcript: _t, ...bareAudio } = readAudio
    expect(portableTextSchema.safeParse([bareAudio, bareVideo, { ...bareVideo, captions: null }]).success).toBe(true)
  })

  it.each([
    ['stored audio without a file', blockContentFieldSchema, { ...storedAudio, file: undefined }],
    ['stored audio with a blank title', blockContentFieldSchema, { ...storedAudio, title: '  ' }],
    ['stored video without a title', blockContentFieldSchema, { ...storedVideo, title: undefined }],
    ['stored video whose file is an image', blockContentFieldSchema, { ...storedVideo, file: storedVideo.poster }],
    [
      'a poster without alt text',
      blockContentFieldSchema,
      { ...storedVideo, poster: { ...storedVideo.poster, alt: '' } },
    ],
    ['read audio whose asset is gone', portableTextSchema, { ...readAudio, file: { asset: null } }],
    ['read video without an address', portableTextSchema, { ...readVideo, file: { asset: { _id: 'file-x-mp4' } } }],
  ])('refuse %s', (_, schema, value) => {
    expect(schema.safeParse([value]).success).toBe(false)
  })
})

describe('fileAssetDocumentSchema', () => {
  const document = {
    _id: 'file-3f786850e387550fdab836ed7e6dc881de23001b-mp3',
    _type: 'sanity.fileAsset',
    url: 'https://cdn.sanity.io/files/p/production/3f786850e387550fdab836ed7e6dc881de23001b.mp3',
    path: 'files/p/production/3f786850e387550fdab836ed7e6dc881de23001b.mp3',
    extension: 'mp3',
    mimeType: 'audio/mpeg',
    size: 1024,
  }

  it('accepts an uploaded file, also as one of the stored documents', () => {
    expect(storedDocumentSchema.parse(document)).toEqual(document)
  })

  it.each([
    ['an image id', { ...document, _id: 'image-abc-800x600-png' }],
    ['no mime type', { ...document, mimeType: undefined }],
  ])('refuses %s', (_, value) => {
    expect(fileAssetDocumentSchema.safeParse(value).success).toBe(false)
  })
})
