// The HTML every page type sends is valid: the W3C Nu HTML checker (the npm package vnu-jar, run on the machine's Java,
// offline) reports no error on any of them, the search page with and without results and the not-found page included.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import vnuJar from 'vnu-jar'

/** The Nu checker's errors for these pages of the running site, as `<url>: <message> (<extract>)`. */
export async function htmlErrors(base, pages) {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' })
  assert.equal(java.status, 0, 'java is on the PATH (.ci/run installs default-jre-headless where it is missing)')
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-vnu-'))
  try {
    const files = []
    for (const [index, url] of pages.entries()) {
      const response = await fetch(base + url)
      assert.ok([200, 404].includes(response.status), `${url}: ${response.status}`)
      const file = path.join(dir, `${index}.html`)
      writeFileSync(file, await response.text())
      files.push(file)
    }
    const result = spawnSync('java', ['-jar', String(vnuJar), '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
    })
    // JSON on stderr; exit 1 when anything is reported.
    const messages = JSON.parse(result.stderr || '{"messages":[]}').messages
    const errors = messages.map(
      (message) =>
        `${pages[files.indexOf(new URL(message.url).pathname)]}: ${message.message} (${message.extract ?? ''})`,
    )
    if (errors.length === 0) assert.equal(result.status, 0)
    return errors
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** @param {import('../run.mjs').E2EContext & Record<string, any>} t */
export default async function validHtml({ base, check, documents }) {
  const now = new Date()
  const first = (type) =>
    documents.find(
      (doc) => doc._type === type && doc.slug?.current && (type !== 'article' || new Date(doc.publishedAt) <= now),
    )
  const pages = [
    '/',
    '/page/2',
    `/articles/${first('article').slug.current}`,
    `/authors/${first('author').slug.current}`,
    `/books/${first('book').slug.current}`,
    `/categories/${first('category').slug.current}`,
    '/search',
    '/search?q=easy',
    '/search?q=zzzzqq',
    '/articles/no-such-article',
    '/wp-login.php',
  ]

  await check(
    'the W3C Nu HTML checker finds no error on any page type, search and the not-found page included',
    async () => assert.deepEqual(await htmlErrors(base, pages), []),
  )
}
