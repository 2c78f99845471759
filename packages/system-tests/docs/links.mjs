// The READMEs link to each other and to the code; a moved file or a renamed heading must not leave a link pointing
// nowhere. Relative links only: addresses on the web are not checked (the tests run offline).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const SKIPPED = new Set(['node_modules', '.git', '.next', '.next-local', '.turbo', 'dist', '.data', '.test-builds'])

/** Every README.md under `root`, outside dependencies and build output. */
export function findReadmes(root) {
  const found = []
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory() && !SKIPPED.has(entry.name)) found.push(...findReadmes(path.join(root, entry.name)))
    else if (entry.isFile() && entry.name === 'README.md') found.push(path.join(root, entry.name))
  }
  return found.sort()
}

/** The anchor GitHub gives a heading: lowercase, punctuation dropped, spaces as hyphens. */
export function headingSlug(heading) {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')
}

/** Lines outside fenced code blocks, with their numbers. */
function proseLines(markdown) {
  let fenced = false
  return markdown.split('\n').flatMap((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced
      return []
    }
    return fenced ? [] : [{ line, number: index + 1 }]
  })
}

/** The anchors of a Markdown file's headings, numbered as GitHub numbers repeated ones (`-1`, `-2`). */
export function anchorsOf(markdown) {
  const anchors = new Set()
  const seen = new Map()
  for (const { line } of proseLines(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (!heading) continue
    const slug = headingSlug(heading[1])
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    anchors.add(count ? `${slug}-${count}` : slug)
  }
  return anchors
}

/** Link targets in prose (inline code and fenced code left out), with their line numbers. */
export function linksOf(markdown) {
  const links = []
  for (const { line, number } of proseLines(markdown)) {
    const prose = line.replace(/`[^`]*`/g, '``')
    for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      links.push({ target: match[1], line: number })
    const definition = /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/.exec(prose)
    if (definition) links.push({ target: definition[1], line: number })
  }
  return links
}

/**
 * Every relative link in `files` whose file or heading is missing, as `{ file, line, target, reason }` (paths relative
 * to `root`). Markdown files the links reach are checked the same way, so a README's linked pages are covered too.
 */
export function brokenLinks(files, root) {
  const broken = []
  const queue = [...files]
  const checked = new Set()
  while (queue.length) {
    const file = queue.shift()
    if (checked.has(file)) continue
    checked.add(file)
    const markdown = readFileSync(file, 'utf8')
    for (const { target, line } of linksOf(markdown)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue
      const [pathPart, anchor] = target.split('#')
      const resolved = pathPart ? path.resolve(path.dirname(file), decodeURIComponent(pathPart)) : file
      const report = (reason) => broken.push({ file: path.relative(root, file), line, target, reason })
      if (!existsSync(resolved)) {
        report('no such file')
        continue
      }
      const isMarkdown = resolved.endsWith('.md') && statSync(resolved).isFile()
      if (isMarkdown) queue.push(resolved)
      if (anchor && isMarkdown && !anchorsOf(readFileSync(resolved, 'utf8')).has(anchor)) report('no such heading')
    }
  }
  return broken
}
