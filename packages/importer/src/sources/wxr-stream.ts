import { createReadStream } from 'node:fs'
import path from 'node:path'
import { SaxesParser } from 'saxes'
import { ImportError } from '../errors.ts'

/** One `<item>` of a WXR file, with only the fields the importer reads; every value is the element's text. */
export interface WxrItem {
  line: number
  id: string
  type: string
  status: string
  title: string
  link: string
  guid: string
  creator: string
  content: string
  excerpt: string
  date: string
  dateGmt: string
  name: string
  password: string
  attachmentUrl: string
  categories: { domain: string; nicename: string; title: string }[]
  /** Only the postmeta keys in WXR_META_KEYS. */
  meta: Record<string, string>
}

export interface WxrAuthor {
  login: string
  displayName: string
  firstName: string
  lastName: string
  email: string
}

export interface WxrCategory {
  nicename: string
  parent: string
  name: string
  description: string
}

export interface WxrHandlers {
  channel: (field: 'link' | 'title', value: string) => void
  author: (author: WxrAuthor) => void
  category: (category: WxrCategory) => void
  item: (item: WxrItem) => void
}

const WXR_META_KEYS = new Set(['_thumbnail_id', '_wp_attachment_image_alt'])

// Prefixes are whatever the file declares; elements are matched under these canonical ones.
const NAMESPACES: [RegExp, string][] = [
  [/^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/?$/, 'wp'],
  [/^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/excerpt\/?$/, 'excerpt'],
  [/^https?:\/\/purl\.org\/rss\/1\.0\/modules\/content\/?$/, 'content'],
  [/^https?:\/\/purl\.org\/dc\/elements\/1\.1\/?$/, 'dc'],
]

const ROOTS: Record<string, string> = {
  feed: 'an Atom feed',
  urlset: 'a sitemap',
  sitemapindex: 'a sitemap index',
  html: 'an HTML page',
  svg: 'an SVG image',
  'rdf:RDF': 'an RSS 1.0 feed',
}

const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'id',
  'wp:post_date': 'date',
  'wp:post_date_gmt': 'dateGmt',
  'wp:post_name': 'name',
  'wp:status': 'status',
  'wp:post_type': 'type',
  'wp:post_password': 'password',
  'wp:attachment_url': 'attachmentUrl',
}

const newItem = (line: number): WxrItem => ({
  line,
  ...{ id: '', type: '', status: '', title: '', link: '', guid: '', creator: '', content: '', excerpt: '' },
  ...{ date: '', dateGmt: '', name: '', password: '', attachmentUrl: '', categories: [], meta: {} },
})

const EXPECTED =
  'expected a WordPress export (WXR): <rss> with a <channel> and the WordPress export namespace, as Tools → Export in WordPress writes it'

/**
 * Reads a WXR file as a stream, element by element, and hands over the channel's fields, authors, categories and items
 * as each one closes, so a large export never sits in memory as a tree. Throws ImportError, naming the file, the line
 * and the column, for a file that is not XML, not a WordPress export, malformed or cut short.
 */
export async function streamWxr(file: string, on: WxrHandlers): Promise<void> {
  const name = path.basename(file)
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true })
  const stack: { name: string; line: number }[] = []
  const prefixes = new Map<string, string>()
  let text = ''
  let item: WxrItem | null = null
  let author: Record<string, string> = {}
  let category: Record<string, string> = {}
  let meta = { key: '', value: '' }
  let pendingCategory = { domain: '', nicename: '' }
  let sawChannel = false

  const canonical = (qname: string) => {
    const colon = qname.indexOf(':')
    if (colon < 0) return qname
    const known = prefixes.get(qname.slice(0, colon))
    return known ? `${known}:${qname.slice(colon + 1)}` : qname
  }

  parser.on('opentag', (tag) => {
    if (stack.length === 0) {
      for (const [attribute, uri] of Object.entries(tag.attributes)) {
        if (!attribute.startsWith('xmlns:')) continue
        const found = NAMESPACES.find(([pattern]) => pattern.test(uri))
        if (found) prefixes.set(attribute.slice(6), found[1])
      }
      if (tag.name !== 'rss') {
        const kind = ROOTS[tag.name] ?? 'an XML file'
        throw new ImportError(
          `${name} is ${kind} (its root element is <${tag.name}>), not a WordPress export: ${EXPECTED}`,
        )
      }
      if (![...prefixes.values()].includes('wp'))
        throw new ImportError(
          `${name} is an RSS feed, not a WordPress export: it does not declare the WordPress export namespace ` +
            `(xmlns:wp="http://wordpress.org/export/1.2/"); ${EXPECTED}`,
        )
    }
    const element = canonical(tag.name)
    const parent = stack.at(-1)?.name
    stack.push({ name: element, line: parser.line })
    text = ''
    if (element === 'channel' && parent === 'rss') sawChannel = true
    else if (element === 'item' && parent === 'channel') item = newItem(parser.line)
    else if (element === 'wp:author' && parent === 'channel') author = {}
    else if (element === 'wp:category' && parent === 'channel') category = {}
    else if (element === 'wp:postmeta' && parent === 'item') meta = { key: '', value: '' }
    else if (element === 'category' && parent === 'item')
      pendingCategory = { domain: tag.attributes.domain ?? '', nicename: tag.attributes.nicename ?? '' }
  })
  parser.on('text', (chunk) => {
    text += chunk
  })
  parser.on('cdata', (chunk) => {
    text += chunk
  })
  parser.on('closetag', () => {
    const element = stack.pop()?.name ?? ''
    const parent = stack.at(-1)?.name
    const value = text
    text = ''
    if (parent === 'channel') {
      if (element === 'link' || element === 'title') on.channel(element, value.trim())
      else if (element === 'wp:author') on.author(toAuthor(author))
      else if (element === 'wp:category') on.category(toCategory(category))
      else if (element === 'item' && item) {
        on.item(item)
        item = null
      }
    } else if (parent === 'wp:author') author[element] = value.trim()
    else if (parent === 'wp:category') category[element] = value.trim()
    else if (parent === 'wp:postmeta') {
      if (element === 'wp:meta_key') meta.key = value.trim()
      else if (element === 'wp:meta_value' && WXR_META_KEYS.has(meta.key)) meta.value = value.trim()
    } else if (parent === 'item' && item) {
      const field = ITEM_FIELDS[element]
      if (field && field !== 'line' && field !== 'categories' && field !== 'meta') item[field] = value
      else if (element === 'category') item.categories.push({ ...pendingCategory, title: value.trim() })
      else if (element === 'wp:postmeta' && WXR_META_KEYS.has(meta.key)) item.meta[meta.key] = meta.value
    }
  })

  let first = true
  let closing = false
  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
      let data = chunk as string
      if (first) {
        data = data.replace(/^\ufeff/, '')
        if (data.trim() === '') continue
        first = false
        const start = data.trimStart()[0]
        if (start !== '<') {
          const looks = start === '{' || start === '[' ? 'JSON' : 'text'
          throw new ImportError(`${name} is ${looks}, not XML: ${EXPECTED}`)
        }
      }
      parser.write(data)
    }
    if (first) throw new ImportError(`${name} is empty: ${EXPECTED}`)
    closing = true
    parser.close()
  } catch (error) {
    if (error instanceof ImportError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ImportError(`${name}: no such file`)
    if (code) throw new ImportError(`${name} cannot be read: ${(error as Error).message}`)
    throw describeXmlError(name, error as Error, parser, stack, item, closing)
  }
  if (!sawChannel)
    throw new ImportError(`${name} has <rss> but no <channel>, so it holds no site or posts: ${EXPECTED}`)
}

function describeXmlError(
  name: string,
  error: Error,
  parser: { line: number; column: number },
  stack: { name: string; line: number }[],
  item: WxrItem | null,
  atEnd: boolean,
): ImportError {
  const where = `${name}, line ${parser.line}, column ${parser.column}`
  const reason = error.message.replace(/^(?:.*:)?\d+:\d+: /, '').replace(/\.$/, '')
  const open = stack.find((entry) => entry.name === 'item') ?? stack.at(-1)
  const itemTitle = item?.title.trim() ? ` "${item.title.trim()}"` : ''
  const what = item?.id ? `, post ${item.id.trim()}${itemTitle}` : itemTitle ? `,${itemTitle}` : ''
  const inside = open ? ` <${open.name}> (line ${open.line}${open.name === 'item' ? what : ''})` : ''
  // Closing is the end of the input: an error then means the file stops short.
  if (atEnd)
    return new ImportError(
      open
        ? `${where}: the file ends in the middle of${inside}: the export is incomplete; export it again`
        : `${where}: the file ends before any XML element: ${EXPECTED}`,
    )
  return new ImportError(
    `${where}: the XML is malformed${inside ? ` in${inside}` : ''} (${reason}): the file was damaged or edited after the export; export it again`,
  )
}

function toAuthor(fields: Record<string, string>): WxrAuthor {
  return {
    login: fields['wp:author_login'] ?? '',
    displayName: fields['wp:author_display_name'] ?? '',
    firstName: fields['wp:author_first_name'] ?? '',
    lastName: fields['wp:author_last_name'] ?? '',
    email: fields['wp:author_email'] ?? '',
  }
}

function toCategory(fields: Record<string, string>): WxrCategory {
  return {
    nicename: fields['wp:category_nicename'] ?? '',
    parent: fields['wp:category_parent'] ?? '',
    name: fields['wp:cat_name'] ?? '',
    description: fields['wp:category_description'] ?? '',
  }
}
