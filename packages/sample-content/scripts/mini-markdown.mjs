// Turns the mini-markdown of scripts/content/*.mjs into stored portable text. It is strict on purpose: a typo in
// sample content should stop the build with a line number rather than ship as literal asterisks.
import { isSlug } from '@blog/schemas'

const CALLOUT_TONES = ['note', 'tip', 'warning']
const INTERNAL_TYPES = ['article', 'author', 'book']
const HEADING_STYLES = { 2: 'h2', 3: 'h3', 4: 'h4' }

export class MarkupError extends Error {}

function isExternalHref(href) {
  return (
    /^https?:\/\/[^\s/]+\S*$/.test(href) ||
    /^\/(?!\/)\S*$/.test(href) ||
    /^mailto:\S+@\S+$/.test(href) ||
    /^#\S+$/.test(href)
  )
}

/** Index of the next single `*` (not part of `**`), or -1. */
function findSingleStar(s, from) {
  for (let j = from; j < s.length; j++) {
    if (s[j] === '\\') j++
    else if (s.startsWith('**', j)) j++
    else if (s[j] === '*') return j
  }
  return -1
}

/**
 * Parses one block's inline markup into spans and mark definitions.
 * @param {string} text
 * @param {{ key: (path: string) => string, simple?: boolean }} options
 */
function parseInline(text, at, path, { key, simple }) {
  const runs = []
  const markDefs = []
  const fail = (reason) => {
    throw new MarkupError(`${at}: ${reason} in "${text}"`)
  }
  const push = (value, marks) => {
    if (value === '') return
    const last = runs.at(-1)
    if (last && last.marks.join() === marks.join()) last.text += value
    else runs.push({ text: value, marks })
  }
  const walk = (s, marks) => {
    let buffer = ''
    const flush = () => {
      push(buffer, marks)
      buffer = ''
    }
    let i = 0
    while (i < s.length) {
      const ch = s[i]
      if (ch === '\\' && i + 1 < s.length) {
        buffer += s[i + 1]
        i += 2
      } else if (ch === '`') {
        const end = s.indexOf('`', i + 1)
        if (end < 0) fail('unclosed `code`')
        flush()
        push(s.slice(i + 1, end), [...marks, 'code'])
        i = end + 1
      } else if (s.startsWith('**', i)) {
        let end = s.indexOf('**', i + 2)
        if (end < 0) fail('unclosed **bold**')
        // In `***` the italic closes first: `**a *b***` is bold around "a *b*".
        while (s[end + 2] === '*') end++
        flush()
        walk(s.slice(i + 2, end), [...marks, 'strong'])
        i = end + 2
      } else if (ch === '*') {
        const end = findSingleStar(s, i + 1)
        if (end < 0) fail('unclosed *italic* (escape a literal asterisk as \\*)')
        flush()
        walk(s.slice(i + 1, end), [...marks, 'em'])
        i = end + 1
      } else if (ch === '[') {
        const close = s.indexOf('](', i + 1)
        const end = close < 0 ? -1 : s.indexOf(')', close + 2)
        if (end < 0) fail('a [ that does not start a [text](target) link (escape it as \\[)')
        const target = s.slice(close + 2, end)
        const markKey = key(`${path}.m${markDefs.length}`)
        const internal = /^(\w+):(.*)$/.exec(target)
        if (internal && INTERNAL_TYPES.includes(internal[1])) {
          if (simple) fail(`internal link ${target} is not allowed here`)
          if (!isSlug(internal[2])) fail(`bad slug in ${target}`)
          markDefs.push({
            _type: 'internalLink',
            _key: markKey,
            reference: { _type: 'reference', _ref: `${internal[1]}-${internal[2]}` },
          })
        } else if (isExternalHref(target)) {
          markDefs.push({ _type: 'link', _key: markKey, href: target })
        } else {
          fail(`unsupported link target "${target}"`)
        }
        flush()
        walk(s.slice(i + 1, close), [...marks, markKey])
        i = end + 1
      } else {
        buffer += ch
        i++
      }
    }
    flush()
  }
  walk(text, [])
  if (runs.length === 0) fail('empty block')
  const children = runs.map((run, j) => ({
    _type: 'span',
    _key: key(`${path}.${j}`),
    text: run.text,
    marks: run.marks,
  }))
  return { children, markDefs }
}

/**
 * Converts mini-markdown (see scripts/content/IDS.md and the package README) to a stored portable text array.
 * @param {string} source
 * @param {{ where: string, key: (path: string) => string, image?: (name: string) => string, simple?: boolean }} options
 *   `key` maps a position to a stable `_key`; `image` maps an image name to its asset id (and throws on unknown
 *   names); `simple` allows only paragraphs, lists and external links (author bios).
 */
export function markdownToPortableText(source, options) {
  const { where, key, image, simple = false } = options
  const lines = source.replace(/\r\n/g, '\n').split('\n')
  const blocks = []
  let open = null
  const fail = (lineIndex, reason) => {
    throw new MarkupError(`${where} line ${lineIndex + 1}: ${reason}`)
  }
  const flush = () => {
    if (!open) return
    const path = String(blocks.length)
    const { children, markDefs } = parseInline(open.text, `${where} line ${open.line + 1}`, path, options)
    const block = { _type: 'block', _key: key(path), style: open.style, markDefs, children }
    if (open.listItem) Object.assign(block, { listItem: open.listItem, level: 1 })
    blocks.push(block)
    open = null
  }
  const start = (line, style, text, listItem) => {
    flush()
    open = { line, style, text, listItem }
  }
  const richOnly = (i, what) => {
    if (simple) fail(i, `${what} is not allowed here`)
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim()
    let m
    if (line === '') {
      flush()
    } else if (line.startsWith(':::')) {
      richOnly(i, 'a callout')
      flush()
      m = /^:::(\w+)(?:\s+(.+))?$/.exec(line)
      if (!m || !CALLOUT_TONES.includes(m[1])) fail(i, `callouts open with :::${CALLOUT_TONES.join('|')} [title]`)
      const opened = i
      const body = []
      for (i++; i < lines.length && lines[i].trim() !== ':::'; i++) body.push(lines[i].trim())
      if (i >= lines.length) fail(opened, 'callout is never closed with :::')
      const text = body
        .join('\n')
        .trim()
        .split(/\n{2,}/)
        .map((p) => p.replace(/\n/g, ' '))
        .join('\n\n')
      if (text === '') fail(opened, 'empty callout')
      if (/\*|`|\]\(/.test(text)) fail(opened, 'callout text is plain text: no inline markup')
      const callout = { _type: 'callout', _key: key(String(blocks.length)), tone: m[1], text }
      if (m[2]) callout.title = m[2].trim()
      blocks.push(callout)
    } else if (line.startsWith('"""')) {
      richOnly(i, 'a pull quote')
      flush()
      m = /^"""\s*(.+?)(?:\s+--\s+(.+))?$/.exec(line)
      if (!m) fail(i, 'pull quotes look like """ quote -- Attribution')
      const quote = { _type: 'pullQuote', _key: key(String(blocks.length)), quote: m[1].trim() }
      if (m[2]) quote.attribution = m[2].trim()
      blocks.push(quote)
    } else if (line.startsWith('![')) {
      richOnly(i, 'an image')
      flush()
      m = /^!\[([^\]|]+)(?:\|([^\]]+))?\]\(image:([a-z0-9-]+)\)$/.exec(line)
      if (!m) fail(i, 'images look like ![alt text|caption](image:name) on their own line')
      if (!image) fail(i, 'images are not allowed here')
      const figure = {
        _type: 'image',
        _key: key(String(blocks.length)),
        asset: { _type: 'reference', _ref: image(m[3]) },
        alt: m[1].trim(),
      }
      if (m[2]) figure.caption = m[2].trim()
      blocks.push(figure)
    } else if ((m = /^(#+)\s+(.*)$/.exec(line))) {
      const style = HEADING_STYLES[m[1].length]
      if (!style) fail(i, `use ##, ### or #### for headings (the title is the page's h1)`)
      richOnly(i, 'a heading')
      start(i, style, m[2])
      flush()
    } else if ((m = /^-\s+(.*)$/.exec(line))) {
      start(i, 'normal', m[1], 'bullet')
    } else if ((m = /^\d+\.\s+(.*)$/.exec(line))) {
      start(i, 'normal', m[1], 'number')
    } else if ((m = /^>\s?(.*)$/.exec(line))) {
      richOnly(i, 'a blockquote')
      if (open?.style === 'blockquote') open.text += ` ${m[1]}`
      else start(i, 'blockquote', m[1])
    } else if (open) {
      // A wrapped line continues the paragraph, list item or quote above it.
      open.text += ` ${line}`
    } else {
      start(i, 'normal', line)
    }
  }
  flush()
  if (blocks.length === 0) throw new MarkupError(`${where}: no content`)
  return blocks
}
