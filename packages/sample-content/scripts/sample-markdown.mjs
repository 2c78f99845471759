// Turns the Markdown of scripts/content/*.mjs into stored Portable Text. The Markdown itself is read by
// @portabletext/markdown, as the importer reads posts; this file adds what the sample's bodies have on top of it,
// each on lines of their own: callouts (GitHub's alerts, as the importer reads them: `> [!TIP]`, then `> **Title**`, `>`
// and the text on `> ` lines), pull quotes (`""" quote -- Attribution`) and
// images by name (`![alt|caption](image:name)`); links to `article:`, `author:` and `book:` slugs become internal
// links. It is strict on purpose: anything the conversion would drop or leave as literal markup (a typo such as an
// unclosed `*`) stops the build with the line, rather than shipping as stray asterisks.
import { markdownToPortableText as parseMarkdown } from '@portabletext/markdown'
import { isSlug } from '@blog/schemas'

const CALLOUT_TONES = ['note', 'tip', 'warning']
const INTERNAL_TYPES = ['article', 'author', 'book']
/** Markdown characters left in a span's text: the markup around them did not parse. */
const LEFTOVER_MARKUP = /[*`[\]]/

export class MarkupError extends Error {}

function isExternalHref(href) {
  return (
    /^https?:\/\/[^\s/]+\S*$/.test(href) ||
    /^\/(?!\/)\S*$/.test(href) ||
    /^mailto:\S+@\S+$/.test(href) ||
    /^#\S+$/.test(href)
  )
}

/**
 * Paragraphs, headings, lists, quotes and inline marks of one run of Markdown lines.
 * @param {string} text
 * @param {{ at: string, nextKey: () => string, simple: boolean }} options
 */
function markdownBlocks(text, { at, nextKey, simple }) {
  const fail = (reason) => {
    throw new MarkupError(`${at}: ${reason}`)
  }
  const richOnly = (what, value) => () => (simple ? fail(`${what} is not allowed here`) : value)
  const blocks = parseMarkdown(text, {
    keyGenerator: nextKey,
    onDegradation: ({ message }) => fail(message),
    block: {
      h1: () => fail(`use ##, ### or #### for headings (the title is the page's h1)`),
      h2: richOnly('a heading', 'h2'),
      h3: richOnly('a heading', 'h3'),
      h4: richOnly('a heading', 'h4'),
      h5: () => fail(`use ##, ### or #### for headings (the title is the page's h1)`),
      h6: () => fail(`use ##, ### or #### for headings (the title is the page's h1)`),
      blockquote: richOnly('a blockquote', 'blockquote'),
    },
    listItem: { task: () => fail('task lists are not part of the sample format') },
    marks: {
      link: ({ context, value: { href } }) => {
        const internal = /^(\w+):(.*)$/.exec(href)
        if (internal && INTERNAL_TYPES.includes(internal[1])) {
          if (simple) fail(`internal link ${href} is not allowed here`)
          if (!isSlug(internal[2])) fail(`bad slug in ${href}`)
          const reference = { _type: 'reference', _ref: `${internal[1]}-${internal[2]}` }
          return { _type: 'internalLink', _key: context.keyGenerator(), reference }
        }
        if (isExternalHref(href)) return { _type: 'link', _key: context.keyGenerator(), href }
        return fail(`unsupported link target "${href}"`)
      },
    },
    types: {
      code: () => fail('code blocks are not part of the sample format'),
      horizontalRule: () => fail('horizontal rules are not part of the sample format'),
      html: () => fail('HTML is not part of the sample format'),
      table: () => fail('tables are not part of the sample format'),
      image: () => fail('images look like ![alt text|caption](image:name) on their own line'),
    },
  })
  return blocks.map((block) => {
    if (block._type !== 'block') return fail(`unexpected ${block._type}`)
    const children = block.children.map((span) => {
      // A line break inside a Markdown paragraph is a space when rendered.
      const text = span.text.replace(/[ \t]*\n[ \t]*/g, ' ')
      if (LEFTOVER_MARKUP.test(text)) fail(`unparsed markup in "${text}"`)
      return { _type: 'span', _key: span._key, text, marks: span.marks ?? [] }
    })
    const stored = { _type: 'block', _key: block._key, style: block.style ?? 'normal', markDefs: block.markDefs ?? [] }
    Object.assign(stored, { children })
    if (block.listItem) Object.assign(stored, { listItem: block.listItem, level: block.level ?? 1 })
    return stored
  })
}

/**
 * Converts the sample's Markdown (see scripts/content/IDS.md and the package README) to a stored Portable Text array.
 * @param {string} source
 * @param {{ where: string, key: (position: string) => string, image?: (name: string) => string, simple?: boolean }} options
 *   `key` maps a position to a stable `_key`; `image` maps an image name to its asset id (and throws on unknown
 *   names); `simple` allows only paragraphs, lists and external links (author bios).
 */
export function markdownToPortableText(source, options) {
  const { where, key, image, simple = false } = options
  let keys = 0
  const nextKey = () => key(String(keys++))
  const lines = source.replace(/\r\n/g, '\n').split('\n')
  const blocks = []
  const fail = (lineIndex, reason) => {
    throw new MarkupError(`${where} line ${lineIndex + 1}: ${reason}`)
  }
  const richOnly = (i, what) => {
    if (simple) fail(i, `${what} is not allowed here`)
  }
  let markdown = []
  const flush = () => {
    const text = markdown.map((entry) => entry.line).join('\n')
    if (text.trim() !== '') {
      blocks.push(
        ...markdownBlocks(text, { at: `${where}, the text from line ${markdown[0].index + 1}`, nextKey, simple }),
      )
    }
    markdown = []
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim()
    let m
    if (line.startsWith('> [!')) {
      richOnly(i, 'a callout')
      flush()
      m = /^> \[!([A-Z]+)\]$/.exec(line)
      const tone = m?.[1].toLowerCase()
      if (!CALLOUT_TONES.includes(tone))
        fail(i, `callouts open with a line > [!${CALLOUT_TONES.join('|').toUpperCase()}]`)
      const opened = i
      const body = []
      for (; i + 1 < lines.length && lines[i + 1].trim().startsWith('>'); i++)
        body.push(lines[i + 1].trim().replace(/^>\s?/, '').trim())
      const paragraphs = body
        .join('\n')
        .trim()
        .split(/\n{2,}/)
        .map((p) => p.replace(/\n/g, ' '))
      // A first paragraph all in bold is the title, as the importer reads it.
      const title = paragraphs.length > 1 ? /^\*\*([^*]+)\*\*$/.exec(paragraphs[0]) : null
      const text = (title ? paragraphs.slice(1) : paragraphs).join('\n\n')
      if (text === '') fail(opened, 'empty callout')
      if (/\*|`|\]\(/.test(text)) fail(opened, 'callout text is plain text: no inline markup')
      const callout = { _type: 'callout', _key: nextKey(), tone, text }
      if (title) callout.title = title[1].trim()
      blocks.push(callout)
    } else if (line.startsWith('"""')) {
      richOnly(i, 'a pull quote')
      flush()
      m = /^"""\s*(.+?)(?:\s+--\s+(.+))?$/.exec(line)
      if (!m) fail(i, 'pull quotes look like """ quote -- Attribution')
      const quote = { _type: 'pullQuote', _key: nextKey(), quote: m[1].trim() }
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
        _key: nextKey(),
        asset: { _type: 'reference', _ref: image(m[3]) },
        alt: m[1].trim(),
      }
      if (m[2]) figure.caption = m[2].trim()
      blocks.push(figure)
    } else {
      // Indentation carries no meaning in the sample's bodies (Markdown would read four spaces as code).
      markdown.push({ line, index: i })
    }
  }
  flush()
  if (blocks.length === 0) throw new MarkupError(`${where}: no content`)
  return blocks
}
