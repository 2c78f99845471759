// `npm run bench:import -w @blog/bench [-- --posts 2000 --images 60]`: a synthetic WordPress export (WXR) of --posts
// published posts, each with headings, a list, a quote, a link to another post of the export, a captioned image and a
// featured image from a media folder of --images distinct files, imported into a copy of the sample dataset with
// `npm run import` as a user runs it (bin/import.mjs). Baseline in the same run: the same posts as Markdown files with
// front matter, imported the same way without images, the importer's path before exports. Prints wall time and peak
// memory (maxRSS of the importer process) of each and the ratios, then the re-import of the export (everything
// unchanged), which is what a second run after a fix costs.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import sharp from 'sharp'
import { SAMPLE_DATASET } from '@blog/sample-content'
import { repoDir } from '../scripts/lib.mjs'

const { values: args } = parseArgs({
  options: { posts: { type: 'string', default: '2000' }, images: { type: 'string', default: '60' } },
})
const posts = Number(args.posts)
const images = Number(args.images)
if (!Number.isInteger(posts) || posts < 2 || !Number.isInteger(images) || images < 1)
  throw new Error('--posts (at least 2) and --images (at least 1) must be whole numbers')

const bin = path.join(repoDir, 'packages/importer/bin/import.mjs')
const work = mkdtempSync(path.join(tmpdir(), 'bench-import-'))
const site = 'https://old-running.example'
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const cdata = (text) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
const topics = ['hill repeats', 'easy runs', 'tempo work', 'long runs', 'recovery days', 'race week', 'strides']
const day = (i) => new Date(Date.UTC(2015, 0, 1) + i * 86_400_000)
const slugOf = (i) => `${topics[i % topics.length].replace(/ /g, '-')}-note-${i + 1}`
const permalink = (i) => {
  const d = day(i)
  return `${site}/${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${slugOf(i)}/`
}
const imageUrl = (n) => `${site}/wp-content/uploads/2020/01/photo-${n}.jpg`

function htmlOf(i) {
  const topic = topics[i % topics.length]
  const other = (i * 7 + 3) % posts
  return [
    `<!-- wp:paragraph --><p>Notes on ${topic}, entry ${i + 1}: keep the effort honest and the form relaxed. Link to <a href="${permalink(other)}">an earlier entry</a>.</p><!-- /wp:paragraph -->`,
    `<!-- wp:heading --><h2>How it went</h2><!-- /wp:heading -->`,
    `<!-- wp:list --><ul><li>Warm up for ten minutes</li><li>Run the main set by feel</li><li>Cool down and stretch</li></ul><!-- /wp:list -->`,
    `<!-- wp:quote --><blockquote><p>Slow is smooth, smooth is fast.</p></blockquote><!-- /wp:quote -->`,
    `[caption id="attachment_${i}" width="600"]<img src="${imageUrl(i % images)}" alt="Runner on session ${i + 1}" width="600" height="400" /> Session ${i + 1}[/caption]`,
    `<p>${'Easy miles build the base that the hard days stand on. '.repeat(6)}</p>`,
  ].join('\n')
}

function wxr() {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">',
    `<channel><title>Old running notes</title><link>${site}</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${site}</wp:base_site_url><wp:base_blog_url>${site}</wp:base_blog_url>`,
    '<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[coach]]></wp:author_login><wp:author_email><![CDATA[coach@old-running.example]]></wp:author_email><wp:author_display_name><![CDATA[Morgan Vale]]></wp:author_display_name></wp:author>',
    ...topics.map(
      (topic, n) =>
        `<wp:category><wp:term_id>${n + 1}</wp:term_id><wp:category_nicename><![CDATA[${topic.replace(/ /g, '-')}]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[${topic}]]></wp:cat_name></wp:category>`,
    ),
  ]
  for (let n = 0; n < images; n++) {
    const id = 100_000 + n
    out.push(
      `<item><title>photo-${n}</title><link>${site}/?attachment_id=${id}</link><dc:creator><![CDATA[coach]]></dc:creator><content:encoded><![CDATA[]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>${id}</wp:post_id><wp:post_date_gmt><![CDATA[2020-01-01 00:00:00]]></wp:post_date_gmt><wp:post_name><![CDATA[photo-${n}]]></wp:post_name><wp:status><![CDATA[inherit]]></wp:status><wp:post_type><![CDATA[attachment]]></wp:post_type><wp:attachment_url><![CDATA[${imageUrl(n)}]]></wp:attachment_url><wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key><wp:meta_value><![CDATA[Photo ${n}]]></wp:meta_value></wp:postmeta></item>`,
    )
  }
  for (let i = 0; i < posts; i++) {
    const d = day(i).toISOString().replace('T', ' ').slice(0, 19)
    const topic = topics[i % topics.length]
    out.push(
      `<item><title>${escape(`${topic[0].toUpperCase()}${topic.slice(1)}, note ${i + 1}`)}</title><link>${permalink(i)}</link><pubDate>${day(i).toUTCString()}</pubDate><dc:creator><![CDATA[coach]]></dc:creator><guid isPermaLink="false">${site}/?p=${i + 1}</guid><content:encoded>${cdata(htmlOf(i))}</content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>${i + 1}</wp:post_id><wp:post_date><![CDATA[${d}]]></wp:post_date><wp:post_date_gmt><![CDATA[${d}]]></wp:post_date_gmt><wp:post_name><![CDATA[${slugOf(i)}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type><category domain="category" nicename="${topic.replace(/ /g, '-')}"><![CDATA[${topic}]]></category><category domain="post_tag" nicename="training"><![CDATA[training]]></category><wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[${100_000 + ((i + 1) % images)}]]></wp:meta_value></wp:postmeta></item>`,
    )
  }
  out.push('</channel></rss>')
  return out.join('\n')
}

function markdown(i) {
  const topic = topics[i % topics.length]
  return [
    '---',
    `title: "${topic[0].toUpperCase()}${topic.slice(1)}, note ${i + 1}"`,
    `slug: ${slugOf(i)}-md`,
    `date: ${day(i).toISOString().slice(0, 10)}`,
    'author: Morgan Vale',
    `categories: [${topic}]`,
    'tags: [training]',
    '---',
    '',
    `Notes on ${topic}, entry ${i + 1}: keep the effort honest and the form relaxed.`,
    '',
    '## How it went',
    '',
    '- Warm up for ten minutes\n- Run the main set by feel\n- Cool down and stretch',
    '',
    '> Slow is smooth, smooth is fast.',
    '',
    'Easy miles build the base that the hard days stand on. '.repeat(6),
  ].join('\n')
}

/** Runs the importer as a user does and reads its peak memory from inside the process. */
function importRun(label, inputs) {
  const out = path.join(work, label, 'data.ndjson')
  const probe = path.join(work, `${label}.rss`)
  const started = performance.now()
  const result = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(probe)}, String(process.resourceUsage().maxRSS))); process.argv.splice(1, 0, ${JSON.stringify(bin)}); await import(${JSON.stringify(bin)})`,
      '--',
      ...inputs,
    ],
    { encoding: 'utf8', maxBuffer: 256 * 2 ** 20, env: { ...process.env, INIT_CWD: work } },
  )
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) throw new Error(`${label} import failed (${result.status}):\n${result.stderr.slice(-4000)}`)
  const summary = result.stdout.match(/^\d+ created, \d+ updated, \d+ unchanged.*$/m)?.[0] ?? '(no summary line)'
  const rssMb = Number(readFileSync(probe, 'utf8')) / 1024
  return { label, seconds, rssMb, summary, out }
}

try {
  console.log(`bench:import: ${posts} posts, ${images} images, in ${work}`)
  writeFileSync(path.join(work, 'export.xml'), wxr())
  const uploads = path.join(work, 'uploads/2020/01')
  mkdirSync(uploads, { recursive: true })
  for (let n = 0; n < images; n++) {
    const bytes = await sharp({
      create: { width: 600, height: 400, channels: 3, background: { r: (n * 37) % 256, g: 120, b: (n * 11) % 256 } },
    })
      .jpeg({ quality: 70 })
      .toBuffer()
    writeFileSync(path.join(uploads, `photo-${n}.jpg`), bytes)
  }
  const mdDir = path.join(work, 'markdown')
  mkdirSync(mdDir)
  for (let i = 0; i < posts; i++) writeFileSync(path.join(mdDir, `${slugOf(i)}.md`), markdown(i))

  const common = ['--base', SAMPLE_DATASET]
  const baseline = importRun('markdown', [mdDir, ...common, '--out', 'markdown/data.ndjson'])
  const wordpress = importRun('wxr', ['export.xml', '--media', 'uploads', ...common, '--out', 'wxr/data.ndjson'])
  const again = importRun('wxr', ['export.xml', '--media', 'uploads', '--out', 'wxr/data.ndjson'])

  const row = (r) =>
    `${r.label.padEnd(26)} ${r.seconds.toFixed(1).padStart(7)} s ${r.rssMb.toFixed(0).padStart(7)} MB   ${r.summary}`
  console.log(`\n${'run'.padEnd(26)} ${'time'.padStart(9)} ${'maxRSS'.padStart(10)}`)
  console.log(row({ ...baseline, label: `Markdown folder (baseline)` }))
  console.log(row({ ...wordpress, label: 'WXR export + media' }))
  console.log(row({ ...again, label: 'WXR again (re-import)' }))
  console.log(
    `\nratios vs baseline: WXR time ${(wordpress.seconds / baseline.seconds).toFixed(2)}x, memory ${(wordpress.rssMb / baseline.rssMb).toFixed(2)}x; ` +
      `re-import time ${(again.seconds / baseline.seconds).toFixed(2)}x; per post: WXR ${((wordpress.seconds / posts) * 1000).toFixed(1)} ms, baseline ${((baseline.seconds / posts) * 1000).toFixed(1)} ms`,
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
