/**
 * Checks an imported document the way the site and the Studio would: the zod stored schema from @blog/schemas, then
 * the Studio's editor-facing rules (studio/schemaTypes), written with the same shared rule functions the Studio calls,
 * then that every reference points at a document that exists.
 */
import {
  BLOCK_STYLES,
  DECORATORS,
  EXCERPT_MAX_LENGTH,
  isAllowedHref,
  isHttpUrl,
  isValidIsbn,
  SHORT_BIO_MAX_LENGTH,
  SLUG_PATTERN,
  storedDocumentSchema,
  type StoredDocument,
} from '@blog/schemas'

type Problems = string[]
type Blocks = {
  _type: string
  style?: string
  listItem?: string
  markDefs?: { _type: string; href?: string }[]
  children?: { marks?: string[] }[]
}[]

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === ''

/** Studio rules for portable text: styles, decorators and link schemes each field's Studio type allows. */
function checkBlocks(field: string, blocks: Blocks | undefined, simple: boolean, problems: Problems) {
  const styles: readonly string[] = simple ? ['normal'] : BLOCK_STYLES
  const decorators: readonly string[] = simple ? ['strong', 'em'] : DECORATORS
  blocks?.forEach((block, i) => {
    if (block._type !== 'block') return
    if (block.style && !styles.includes(block.style))
      problems.push(`${field}[${i}]: style "${block.style}" is not offered here`)
    if (simple && block.listItem) problems.push(`${field}[${i}]: lists are not offered here`)
    const defs = new Set((block.markDefs ?? []).map((def) => (def as { _key?: string })._key))
    for (const def of block.markDefs ?? []) {
      if (def._type === 'link' && !(typeof def.href === 'string' && isAllowedHref(def.href))) {
        problems.push(`${field}[${i}]: link "${def.href}" must start with https://, http://, mailto: or /`)
      }
    }
    for (const mark of block.children?.flatMap((child) => child.marks ?? []) ?? []) {
      if (!defs.has(mark) && !decorators.includes(mark))
        problems.push(`${field}[${i}]: mark "${mark}" is not offered here`)
    }
  })
}

function studioRules(doc: StoredDocument, problems: Problems) {
  if ('slug' in doc && !SLUG_PATTERN.test(doc.slug.current))
    problems.push('slug: use lowercase letters, numbers and single hyphens')
  switch (doc._type) {
    case 'article':
      if (blank(doc.title)) problems.push('title: add a title')
      if (!doc.publishedAt) problems.push('publishedAt: set the publish date')
      if (!doc.author?._ref) problems.push('author: choose the author')
      if (doc.excerpt && doc.excerpt.length > EXCERPT_MAX_LENGTH)
        problems.push(`excerpt: at most ${EXCERPT_MAX_LENGTH} characters`)
      if (doc.writtenFor?.url && !isHttpUrl(doc.writtenFor.url))
        problems.push('writtenFor.url: must be an http(s) address')
      doc.tags?.forEach((tag, i) => blank(tag) && problems.push(`tags[${i}]: empty tag`))
      doc.oldPaths?.forEach((path, i, all) => {
        if (all.indexOf(path) !== i) problems.push(`oldPaths[${i}]: "${path}" is listed more than once`)
      })
      checkBlocks('body', doc.body as Blocks | undefined, false, problems)
      break
    case 'author':
      if (blank(doc.name)) problems.push('name: add a name')
      if (doc.shortBio && doc.shortBio.length > SHORT_BIO_MAX_LENGTH)
        problems.push(`shortBio: at most ${SHORT_BIO_MAX_LENGTH} characters`)
      for (const field of ['website', 'blog'] as const) {
        const url = doc[field]
        if (url && !isHttpUrl(url)) problems.push(`${field}: must be an http(s) address`)
      }
      doc.credentials?.forEach((c, i) => {
        if (blank(c.title)) problems.push(`credentials[${i}].title: add a title`)
        if (c.year !== undefined && !(Number.isInteger(c.year) && c.year >= 1900 && c.year <= 2100))
          problems.push(`credentials[${i}].year: 1900-2100`)
      })
      for (const field of ['roles', 'specialties'] as const)
        doc[field]?.forEach((v, i) => blank(v) && problems.push(`${field}[${i}]: empty entry`))
      checkBlocks('bio', doc.bio as Blocks | undefined, true, problems)
      break
    case 'book': {
      if (blank(doc.title)) problems.push('title: add a title')
      const refs = doc.authors.map((a) => a._ref)
      if (refs.length === 0 || new Set(refs).size !== refs.length)
        problems.push('authors: at least one author, each once')
      if (doc.isbn && !isValidIsbn(doc.isbn)) problems.push('isbn: not a valid ISBN')
      break
    }
  }
}

/** Every reference in the document (author, books, categories, image assets, internal links), except weak ones. */
function references(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) references(item, found)
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record._ref === 'string' && record._weak !== true) found.push(record._ref)
    for (const [key, item] of Object.entries(record)) if (key !== '_ref') references(item, found)
  }
  return found
}

/** Everything wrong with a document, as `field: problem` lines; empty when it can be stored. */
export function validateDocument(doc: unknown, exists: (id: string) => boolean): string[] {
  const parsed = storedDocumentSchema.safeParse(doc)
  if (!parsed.success)
    return parsed.error.issues.map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`)
  const problems: Problems = []
  studioRules(parsed.data, problems)
  for (const ref of references(parsed.data))
    if (!exists(ref)) problems.push(`reference to "${ref}" points at no document`)
  return problems
}
