import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { storedDocumentSchema } from '@blog/schemas'
import { FIXTURES, miniWxr, readNdjson, runCli, tempDir, type Doc } from './test/helpers.ts'
import { imageBytes, mediaBytes } from './test/image-server.ts'

const UP = 'https://mini.example/wp-content/uploads/2024/03'
let dir: string
beforeEach(() => (dir = tempDir()))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function put(file: string, bytes: Buffer) {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, bytes)
}
type Block = { _type: string; title?: string; caption?: string; [field: string]: unknown }
const refOf = (field: unknown) => (field as { asset: { _ref: string } } | undefined)?.asset._ref
const bodyOf = (docs: Doc[], id: string) => (docs.find((doc) => doc._id === id)?.body ?? []) as Block[]

/** Every document the run wrote parses with the stored schemas, and every asset reference points at one of them. */
function expectValid(docs: Doc[]) {
  for (const doc of docs) expect(storedDocumentSchema.safeParse(doc).error).toBeUndefined()
  const ids = new Set(docs.map((doc) => doc._id))
  const refs = JSON.stringify(docs).match(/"(?:file|image)-[a-f0-9]{40}-[\w-]+"/g) ?? []
  for (const ref of refs) expect(ids).toContain(JSON.parse(ref))
}

describe('audio and video from a --media folder', () => {
  it('WordPress: stores the files, captions and poster; leaves out what it cannot store, saying why', async () => {
    const uploads = path.join(dir, 'uploads', '2024', '03')
    const warmUp = mediaBytes('mp3', 'warm up')
    put(path.join(uploads, 'warm-up.mp3'), warmUp)
    put(path.join(uploads, 'drills.mp4'), mediaBytes('mp4', 'drills'))
    put(path.join(uploads, 'drills.vtt'), mediaBytes('vtt', 'Knees up'))
    put(path.join(uploads, 'drills.jpg'), await imageBytes('#357'))
    const html =
      `<!-- wp:audio --><figure class="wp-block-audio"><audio controls src="${UP}/warm-up.mp3"></audio></figure><!-- /wp:audio -->` +
      `<video controls poster="${UP}/drills.jpg" src="${UP}/drills.mp4" title="Drills"><track kind="captions" src="${UP}/drills.vtt"></video>` +
      `[audio mp3="${UP}/missing.mp3"]<audio src="https://elsewhere.example/pod.mp3"></audio>` +
      `<audio src="${UP}/drills.mp4" title="Wrong kind"></audio><p>The end.</p>`
    const xml = path.join(dir, 'site.xml')
    writeFileSync(xml, miniWxr([{ id: 1, slug: 'warm-ups', title: 'Warm-ups', html }]))
    const out = path.join(dir, 'out', 'data.ndjson')
    const run = await runCli([xml, '--media', path.join(dir, 'uploads'), '--out', out])
    expect(run.err).toBe('')
    expect(run.code).toBe(0)

    const docs = readNdjson(out)
    const body = bodyOf(docs, 'article-warm-ups')
    expect(body.map((block) => [block._type, block.title])).toEqual([
      ['audioFile', 'Warm up'],
      ['videoFile', 'Drills'],
      ['block', undefined],
    ])
    const audio = docs.find((doc) => doc._id === refOf(body[0]?.file))
    expect(audio).toMatchObject({ _type: 'sanity.fileAsset', mimeType: 'audio/mpeg', originalFilename: 'warm-up.mp3' })
    expect(readFileSync(path.join(dir, 'out', String(audio?.path)))).toEqual(warmUp)
    expect(refOf(body[1]?.captions)).toMatch(/^file-[a-f0-9]{40}-vtt$/)
    expect(body[1]?.poster).toMatchObject({ alt: 'Drills', asset: { _ref: expect.stringMatching(/^image-/) } })
    expectValid(docs)

    expect(run.out).toContain(
      `audio ${UP}/missing.mp3 left out: not in the media folder (looked for 2024/03/missing.mp3)`,
    )
    expect(run.out).toContain('audio https://elsewhere.example/pod.mp3 left out: on another site')
    expect(run.out).toContain(`audio ${UP}/drills.mp4 left out: it is video, not audio`)
    expect(run.out).toMatch(/audio and video files: 3 stored, 0 already there, 2 missing/)
  })

  it('Ghost: an audio card in HTML and a video node in Lexical, from a copy of content/', async () => {
    const ghost = JSON.parse(readFileSync(path.join(FIXTURES, 'ghost', 'export.json'), 'utf8'))
    const posts = ghost.db[0].data.posts as { slug: string; html: string | null; lexical: string | null }[]
    const media = '__GHOST_URL__/content/media/2024/05'
    Object.assign(
      posts.find((post) => post.slug === 'easy-miles-honest-pace')!,
      {
        html: `<p>Easy.</p><div class="kg-card kg-audio-card"><audio src="${media}/easy-pace.mp3"></audio><div class="kg-audio-title">Easy pace, explained</div></div>`,
      },
    )
    Object.assign(
      posts.find((post) => post.slug === 'strides-after-easy-runs')!,
      {
        html: null,
        lexical: JSON.stringify({
          root: { type: 'root', children: [{ type: 'video', src: `${media}/strides.mp4`, caption: 'Six strides' }] },
        }),
      },
    )
    const file = path.join(dir, 'ghost.json')
    writeFileSync(file, JSON.stringify(ghost))
    const content = path.join(dir, 'content')
    put(path.join(content, 'media', '2024', '05', 'easy-pace.mp3'), mediaBytes('mp3', 'easy'))
    put(path.join(content, 'media', '2024', '05', 'strides.mp4'), mediaBytes('mp4', 'strides'))
    const out = path.join(dir, 'data.ndjson')
    const run = await runCli([file, '--media', content, '--out', out])
    expect(run.code).toBe(0)

    const docs = readNdjson(out)
    const audio = bodyOf(docs, 'article-easy-miles-honest-pace').find((block) => block._type === 'audioFile')
    expect(audio).toMatchObject({ title: 'Easy pace, explained', file: { asset: { _ref: /-mp3$/ } } })
    const video = bodyOf(docs, 'article-strides-after-easy-runs').find((block) => block._type === 'videoFile')
    expect(video).toMatchObject({ title: 'Six strides', caption: 'Six strides', file: { asset: { _ref: /-mp4$/ } } })
    expectValid(docs)
  })
})
