import path from 'node:path'
import { normalizeOldPath } from '@blog/schemas'
import { cleanText, decodeSafely, siteHost } from '../text.ts'
import { decodeEntities, htmlToText } from './html-text.ts'
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
import { streamWxr, type WxrCategory, type WxrItem } from './wxr-stream.ts'

const NOT_PUBLISHED: Record<string, string> = {
  draft: 'draft: not published on the old site',
  'auto-draft': 'draft: not published on the old site',
  pending: 'pending review: not published on the old site',
  future: 'scheduled: not yet published on the old site',
  private: 'private: only logged-in editors could see it on the old site',
  trash: 'in the trash on the old site',
}

const PROTECTED =
  'password-protected: only readers with the password could see it on the old site (--include-protected imports it)'

// What WordPress keeps as items besides content: reported as one line, not item by item.
const SITE_PARTS = new Set([
  'nav_menu_item',
  'wp_block',
  'wp_template',
  'wp_template_part',
  'wp_navigation',
  'wp_global_styles',
  'wp_font_family',
  'wp_font_face',
  'custom_css',
  'customize_changeset',
  'oembed_cache',
  'user_request',
  'revision',
])

const title = (raw: string) => cleanText(decodeEntities(raw))

/** `2024-03-04 07:15:00` (what WXR writes) as an ISO date-time in UTC, or undefined for WordPress's zero date. */
function wxrDate(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/.exec(value.trim())
  if (!match || match[1]?.startsWith('0000')) return undefined
  const iso = `${match[1]}T${match[2]}Z`
  return Number.isNaN(Date.parse(iso)) ? undefined : iso
}

function decodeSlug(name: string): string | undefined {
  const value = name.trim()
  return value ? decodeSafely(value) : undefined
}

/**
 * Reads a WordPress export (WXR, Tools → Export) into the neutral source shape: published posts with their authors,
 * categories, tags, featured images and old addresses; drafts, private posts, pages and the like (and, unless
 * `includeProtected`, password-protected posts) are listed in `skipped` with the reason. A post without a title gets
 * one made from its first words or its date. The file is read as a stream. Throws ImportError (and returns nothing)
 * for a file that is not a WordPress export or is malformed or cut short.
 */
export async function readWxr(file: string, options: ReadOptions = {}): Promise<SourceExport> {
  const name = path.basename(file)
  let siteUrl: string | undefined
  const authors = new Map<string, SourceAuthor>()
  const wxrCategories: WxrCategory[] = []
  const published: WxrItem[] = []
  const skipped: SkippedItem[] = []
  const attachments: Record<string, string> = {}
  const attachmentImages = new Map<string, SourceImage>()
  const siteParts = new Map<string, number>()

  await streamWxr(file, {
    channel: (field, value) => {
      if (field === 'link' && !siteUrl && value) siteUrl = value.replace(/\/+$/, '')
    },
    author: (author) => {
      if (!author.login) return
      const fullName = cleanText(`${author.firstName} ${author.lastName}`)
      authors.set(author.login, {
        key: author.login,
        name: title(author.displayName) || fullName || author.login,
        ...(author.email ? { email: author.email } : {}),
      })
    },
    category: (category) => wxrCategories.push(category),
    item: (item) => {
      const id = item.id.trim()
      const label = `${name}, ${item.type || 'item'} ${id}${title(item.title) ? ` "${title(item.title)}"` : ''}`
      if (item.type === 'attachment') {
        const url = (item.attachmentUrl || item.guid).trim()
        if (!url) return
        attachments[id] = url
        const alt = cleanText(item.meta._wp_attachment_image_alt ?? '')
        const caption = htmlToText(item.excerpt)
        attachmentImages.set(id, { url, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}) })
      } else if (item.type === 'page') skipped.push({ label, reason: 'a page, not a post' })
      else if (SITE_PARTS.has(item.type)) siteParts.set(item.type, (siteParts.get(item.type) ?? 0) + 1)
      else if (item.type !== 'post') skipped.push({ label, reason: `a "${item.type}" item, not a post` })
      else if (item.status !== 'publish')
        skipped.push({ label, reason: NOT_PUBLISHED[item.status] ?? `status "${item.status}": not published` })
      else if (item.password && !options.includeProtected) skipped.push({ label, reason: PROTECTED })
      else published.push(item)
    },
  })

  const byNicename = new Map(wxrCategories.map((c) => [c.nicename, c]))
  const categories = new Map<string, SourceCategory>()
  for (const c of wxrCategories) {
    const parent = c.parent ? byNicename.get(c.parent) : undefined
    const categoryTitle = title(c.name) || c.nicename
    categories.set(c.nicename || categoryTitle, {
      title: categoryTitle,
      ...(c.nicename ? { slug: c.nicename } : {}),
      ...(cleanText(c.description) ? { description: cleanText(decodeEntities(c.description)) } : {}),
      ...(c.parent ? { parent: parent ? title(parent.name) || parent.nicename : c.parent } : {}),
    })
  }

  const sitePath = siteUrl ? (siteHost(siteUrl) ? new URL(siteUrl).pathname.replace(/\/+$/, '') : '') : ''
  const ownHost = siteUrl ? siteHost(siteUrl) : undefined
  const posts = published.map((item): SourcePost => {
    const id = item.id.trim()
    const postTitle = title(item.title)
    const notes: string[] = []
    let publishedAt = wxrDate(item.dateGmt)
    if (!publishedAt) {
      publishedAt = wxrDate(item.date)
      if (publishedAt)
        notes.push(`the export has no UTC date for this post; its local date ${item.date.trim()} was taken as UTC`)
      else notes.push('the export has no publish date for this post')
    }
    const body = { kind: 'html' as const, html: item.content }
    const made = postTitle ? undefined : untitledPostTitle(body, publishedAt)
    if (made) notes.push(made.note)
    const postCategories: string[] = []
    const tags: string[] = []
    for (const c of item.categories) {
      const termTitle = title(c.title)
      if (!termTitle) continue
      if (c.domain === 'post_tag') tags.push(termTitle)
      else if (c.domain === 'category') {
        // Exports filtered by category or author leave out the channel's category list.
        const key = c.nicename || termTitle
        if (!categories.has(key)) categories.set(key, { title: termTitle, ...(c.nicename ? { slug: c.nicename } : {}) })
        postCategories.push(categories.get(key)?.title ?? termTitle)
      }
    }
    const login = item.creator.trim()
    let author = login ? authors.get(login) : undefined
    if (login && !author) {
      author = { key: login, name: login }
      notes.push(`author "${login}" is not among the export's authors; the login is used as the name`)
    }
    const thumbnailId = item.meta._thumbnail_id?.trim()
    const coverImage = thumbnailId ? attachmentImages.get(thumbnailId) : undefined
    if (thumbnailId && !coverImage)
      notes.push(`featured image left out: attachment ${thumbnailId} is not in the export`)
    if (item.password) notes.push('the post was password-protected on the old site; imported, it is public')

    const oldUrls: string[] = []
    const seen = new Set<string>()
    const addUrl = (url: string) => {
      const key = normalizeOldPath(url)
      if (!key || seen.has(key)) return
      seen.add(key)
      oldUrls.push(url)
    }
    if (item.link.trim()) addUrl(item.link.trim())
    if (id) addUrl(`${sitePath}/?p=${id}`)
    const guid = item.guid.trim()
    if (guid && ownHost && siteHost(guid) === ownHost) addUrl(guid)

    const excerpt = htmlToText(item.excerpt)
    const slug = decodeSlug(item.name)
    return {
      label: made ? `${name}, post ${id} (no title)` : `${name}, post ${id} "${postTitle}"`,
      ...(id ? { sourceId: id } : {}),
      title: made?.title ?? postTitle,
      ...(slug ? { slug } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      body,
      ...(excerpt ? { excerpt } : {}),
      categories: [...new Set(postCategories)],
      tags: [...new Set(tags)],
      ...(author ? { author } : {}),
      ...(coverImage ? { coverImage } : {}),
      html: { autoParagraphs: !/<!--\s*wp:/.test(item.content), embedBareUrls: true },
      oldUrls,
      notes,
    }
  })

  if (siteParts.size > 0) {
    const counts = [...siteParts].map(([type, count]) => `${type} ×${count}`).join(', ')
    const total = [...siteParts.values()].reduce((a, b) => a + b, 0)
    skipped.push({
      label: `${name}, ${total} ${total === 1 ? 'item' : 'items'} (${counts})`,
      reason: 'parts of the WordPress site (menus, reusable blocks, templates, revisions), not posts',
    })
  }

  return {
    format: 'wxr',
    file,
    ...(siteUrl ? { siteUrl } : {}),
    posts,
    authors: [...authors.values()],
    categories: [...categories.values()],
    skipped,
    attachments,
  }
}
