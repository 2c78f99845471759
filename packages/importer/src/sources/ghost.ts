import path from 'node:path'
import { normalizeOldPath } from '@blog/schemas'
import { cleanText, decodeSafely, siteHost } from '../text.ts'
import { bodyOf } from './ghost-body.ts'
import { field, readGhostTables, type Row } from './ghost-json.ts'
import { htmlToText } from './html-text.ts'
import {
  type ReadOptions,
  type SkippedItem,
  type SourceAuthor,
  type SourceCategory,
  type SourceExport,
  type SourceImage,
  type SourcePost,
} from './types.ts'
import { untitledPostTitle } from './untitled.ts'

const GHOST_URL = '__GHOST_URL__'

const NOT_PUBLISHED: Record<string, string> = {
  draft: 'draft: not published on the old site',
  scheduled: 'scheduled: not yet published on the old site',
  sent: 'sent as an email newsletter only, never published on the site',
}

const VISIBILITY: Record<string, string> = {
  members: 'members',
  paid: 'paying members',
  tiers: 'members of some tiers',
}
const INCLUDE = ' (--include-protected imports it)'

function groupBy(rows: Row[], key: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>()
  for (const row of rows) {
    const id = field(row, key)
    if (id) groups.set(id, [...(groups.get(id) ?? []), row])
  }
  for (const group of groups.values()) group.sort((a, b) => Number(a.sort_order ?? 0) - Number(b.sort_order ?? 0))
  return groups
}

/** Ghost writes ISO dates; old exports `2024-05-02 07:30:00` (UTC) or epoch milliseconds. */
function ghostDate(value: unknown): string | undefined {
  const raw = typeof value === 'string' ? value.trim().replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2') : value
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined
  const date = new Date(typeof raw === 'string' && !/(Z|[+-]\d{2}:?\d{2})$/.test(raw) ? `${raw}Z` : raw)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z')
}

/**
 * Reads a Ghost JSON export (Ghost 4/5, `{ db: [ { meta, data } ] }` or `{ meta, data }`) into the neutral source
 * shape: published posts with their authors, public tags as categories, feature images and old addresses; drafts,
 * scheduled posts, pages and (unless `includeProtected`) posts for members only are listed in `skipped`. Bodies are the
 * post's HTML, else its Lexical content converted. A post without a title gets one made from its first words or date.
 * Throws ImportError for a file that is not valid JSON or not a Ghost export.
 */
export async function readGhost(file: string, options: ReadOptions = {}): Promise<SourceExport> {
  const name = path.basename(file)
  const tables = await readGhostTables(file)
  const metaUrl = field(tables.meta, 'url')
  const siteUrl = metaUrl && siteHost(metaUrl) ? metaUrl.replace(/\/+$/, '') : undefined

  const authors = new Map<string, SourceAuthor>()
  for (const user of tables.users) {
    const id = field(user, 'id')
    const slug = field(user, 'slug')
    const userName = cleanText(field(user, 'name') ?? '') || slug
    if (!id || !userName) continue
    const image = field(user, 'profile_image')
    const bio = field(user, 'bio')
    const email = field(user, 'email')
    const website = field(user, 'website')
    authors.set(id, {
      key: slug ?? id,
      name: userName,
      ...(email ? { email } : {}),
      ...(bio ? { bio } : {}),
      ...(website ? { website } : {}),
      ...(image ? { image: { url: image } } : {}),
    })
  }

  const tags = new Map<string, { title: string; internal: boolean }>()
  const categories: SourceCategory[] = []
  for (const tag of tables.tags) {
    const id = field(tag, 'id')
    const tagName = cleanText(field(tag, 'name') ?? '')
    if (!id || !tagName) continue
    const internal = tagName.startsWith('#') || tag.visibility === 'internal'
    tags.set(id, { title: tagName, internal })
    if (internal) continue
    const slug = field(tag, 'slug')
    const description = cleanText(field(tag, 'description') ?? '')
    categories.push({ title: tagName, ...(slug ? { slug } : {}), ...(description ? { description } : {}) })
  }

  const tagsOf = groupBy(tables.postsTags, 'post_id')
  const authorsOf = groupBy(tables.postsAuthors, 'post_id')
  const metaOf = new Map(tables.postsMeta.map((row) => [field(row, 'post_id') ?? '', row]))

  const posts: SourcePost[] = []
  const skipped: SkippedItem[] = []
  for (const row of tables.posts) {
    const id = field(row, 'id') ?? ''
    const title = cleanText(field(row, 'title') ?? '')
    const type = field(row, 'type') ?? (row.page === true || row.page === 1 ? 'page' : 'post')
    const label = `${name}, ${type} ${id}${title ? ` "${title}"` : ''}`
    const status = field(row, 'status') ?? ''
    if (type !== 'post') {
      skipped.push({ label, reason: type === 'page' ? 'a page, not a post' : `a "${type}", not a post` })
      continue
    }
    if (status !== 'published') {
      skipped.push({ label, reason: NOT_PUBLISHED[status] ?? `status "${status}": not published` })
      continue
    }
    const visibility = field(row, 'visibility') ?? 'public'
    const audience = VISIBILITY[visibility]
    if (audience && !options.includeProtected) {
      skipped.push({ label, reason: `members only: only ${audience} could read it on the old site${INCLUDE}` })
      continue
    }
    const notes: string[] = []
    const body = bodyOf(row, notes)
    if (typeof body === 'string') {
      skipped.push({ label, reason: body })
      continue
    }
    const publishedAt = ghostDate(row.published_at)
    const made = title ? undefined : untitledPostTitle(body, publishedAt)
    if (made) notes.push(made.note)

    const postAuthors = (authorsOf.get(id)?.map((link) => field(link, 'author_id')) ?? [field(row, 'author_id')])
      .filter((authorId): authorId is string => Boolean(authorId))
      .map((authorId) => {
        const author = authors.get(authorId)
        if (!author) notes.push(`author ${authorId} is not among the export's users`)
        return author
      })
      .filter((author): author is SourceAuthor => Boolean(author))
    const [author, ...coAuthors] = postAuthors
    if (coAuthors.length)
      notes.push(`also written by ${coAuthors.map((a) => a.name).join(', ')}: only the first author is kept`)

    const postCategories: string[] = []
    for (const link of tagsOf.get(id) ?? []) {
      const tag = tags.get(field(link, 'tag_id') ?? '')
      if (!tag) continue
      if (tag.internal) notes.push(`internal tag "${tag.title}" left out`)
      else postCategories.push(tag.title)
    }

    const meta = metaOf.get(id)
    const featureImage = field(row, 'feature_image')
    let coverImage: SourceImage | undefined
    if (featureImage) {
      const alt = field(row, 'feature_image_alt') ?? field(meta, 'feature_image_alt')
      const caption = htmlToText(field(row, 'feature_image_caption') ?? field(meta, 'feature_image_caption') ?? '')
      coverImage = { url: featureImage, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}) }
    }

    const slug = field(row, 'slug')
    const oldUrls: string[] = []
    const seen = new Set<string>()
    const addUrl = (url: string) => {
      const key = normalizeOldPath(url)
      if (key && !seen.has(key)) {
        seen.add(key)
        oldUrls.push(url)
      }
    }
    if (slug) addUrl(`/${slug}/`)
    const canonical = field(row, 'canonical_url')
    if (canonical?.startsWith(GHOST_URL)) addUrl(canonical.slice(GHOST_URL.length) || '/')
    else if (canonical?.startsWith('/') || (canonical && siteUrl && siteHost(canonical) === siteHost(siteUrl)))
      addUrl(canonical)
    else if (canonical) notes.push(`canonical address ${canonical} is on another site: not kept as an old address`)

    if (visibility !== 'public')
      notes.push(`only ${audience ?? visibility} could read it on the old site; imported, it is public`)
    if (!publishedAt) notes.push('the export has no publish date for this post')
    const excerpt = cleanText(field(row, 'custom_excerpt') ?? '')

    posts.push({
      label: made ? `${name}, post ${id} (no title)` : `${name}, post ${id} "${title}"`,
      ...(id ? { sourceId: id } : {}),
      title: made?.title ?? title,
      ...(slug ? { slug: decodeSafely(slug) } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      body,
      ...(excerpt ? { excerpt } : {}),
      categories: [...new Set(postCategories)],
      tags: [],
      ...(author ? { author } : {}),
      ...(coverImage ? { coverImage } : {}),
      ...(body.kind === 'html' ? { html: { autoParagraphs: false } } : {}),
      oldUrls,
      notes,
    })
  }

  return {
    format: 'ghost',
    file,
    ...(siteUrl ? { siteUrl } : {}),
    posts,
    authors: [...authors.values()],
    categories,
    skipped,
  }
}
