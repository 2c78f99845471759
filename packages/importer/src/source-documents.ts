/** A post of a WordPress or Ghost export -> its article, author, categories and image assets. */
import {
  EXCERPT_MAX_LENGTH,
  isHttpUrl,
  normalizeOldPath,
  SHORT_BIO_MAX_LENGTH,
  SLUG_PATTERN,
  type AuthorDocument,
} from '@blog/schemas'
import {
  attachBodyImages,
  categoriesFor,
  imageField,
  oldPathsFor,
  type CategoryLookup,
  type Collected,
  type Media,
} from './article-parts.ts'
import { attachBodyFiles } from './body-files.ts'
import type { Lookup } from './documents.ts'
import { ImportError } from './errors.ts'
import { htmlToBody } from './html/index.ts'
import { isOnSite } from './html/urls.ts'
import type { StoredDocumentLike } from './import-posts.ts'
import { firstParagraph, markdownToBody, textBlock } from './portable-text.ts'
import type { SourceAuthor, SourceExport, SourcePost } from './sources/types.ts'
import { clip, cleanText, slugify, stableKey } from './text.ts'

export interface SourceContext {
  source: SourceExport
  lookup: Lookup & CategoryLookup
  media: Media
  /** Old address (stored form) -> article id, for every post of this run and the target's articles. */
  articleByOldPath: Map<string, string>
}

/** `article-<slug>`: the export's slug (percent-decoded, made safe), else one made from the title. */
export function sourceArticleId(post: SourcePost): string {
  let slug = post.slug ?? ''
  if (!SLUG_PATTERN.test(slug)) slug = slugify(slug || post.title)
  if (!slug) throw new ImportError(`cannot make a slug from the title "${post.title}"`)
  return `article-${slug}`
}

const from = (context: SourceContext) => (context.source.siteUrl ? { siteUrl: context.source.siteUrl } : {})

/** Every old address of the run's posts and of the target's articles -> the article it now belongs to. */
export function oldPathIndex(posts: SourcePost[], existing: Iterable<StoredDocumentLike>): Map<string, string> {
  const index = new Map<string, string>()
  for (const doc of existing)
    if (doc._type === 'article' && Array.isArray(doc.oldPaths))
      for (const p of doc.oldPaths) if (typeof p === 'string') index.set(p, doc._id)
  for (const post of posts) {
    let id: string
    try {
      id = sourceArticleId(post)
    } catch {
      continue // reported when the post is imported
    }
    for (const url of post.oldUrls) {
      const p = normalizeOldPath(url)
      if (p) index.set(p, id)
    }
  }
  return index
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => cleanText(p.replace(/\s*\n\s*/g, ' ')))
    .filter(Boolean)
}

async function authorFor(author: SourceAuthor, context: SourceContext, into: Collected): Promise<AuthorDocument> {
  const existing = context.lookup.findAuthor(author.name)
  const slug = existing?.slug.current ?? slugify(author.name)
  if (!slug) throw new ImportError(`cannot make a slug from the author name "${author.name}"`)
  const _id = existing?._id ?? `author-${slug}`
  const bio = paragraphsOf(author.bio ?? '')
  const photo = author.image
    ? await imageField(
        { alt: author.name, ...author.image },
        `photo of ${author.name}`,
        context.media,
        from(context),
        into,
      )
    : undefined
  const website = author.website && isHttpUrl(author.website) ? author.website : undefined
  if (author.website && !website)
    into.notes.push(`website "${author.website}" of ${author.name} left out: not an http(s) address`)
  return {
    _id,
    _type: 'author',
    name: existing?.name ?? cleanText(author.name),
    slug: { _type: 'slug', current: slug },
    ...(bio[0] ? { shortBio: clip(bio[0], SHORT_BIO_MAX_LENGTH) } : {}),
    ...(bio.length ? { bio: bio.map((text, i) => textBlock(text, (n) => stableKey(_id, 'bio', i, n))) } : {}),
    ...(photo ? { photo } : {}),
    ...(website ? { website } : {}),
  }
}

/**
 * The documents one exported post becomes: its author, its categories, the image assets it uses (embedded dataset)
 * and the article. Ids come from slugs, so a second import of the same export addresses the same documents.
 */
export async function buildSourceDocuments(
  post: SourcePost,
  context: SourceContext,
): Promise<{ documents: StoredDocumentLike[]; notes: string[] }> {
  const into: Collected = { documents: [], notes: [...post.notes] }
  if (!cleanText(post.title)) throw new ImportError('the post has no title')
  if (!post.publishedAt) throw new ImportError('the post has no publish date')
  if (!post.author) throw new ImportError('the post has no author')
  const articleId = sourceArticleId(post)
  const slug = articleId.slice('article-'.length)
  const author = await authorFor(post.author, context, into)
  into.documents.push(author)

  const { source } = context
  const converted =
    post.body.kind === 'html'
      ? htmlToBody(post.body.html, {
          keyPrefix: articleId,
          ...(source.siteUrl ? { siteUrl: source.siteUrl } : {}),
          ...(source.attachments ? { attachments: source.attachments } : {}),
          ...post.html,
          resolveLink: (href) => {
            const p = sameSitePath(href, source.siteUrl)
            const target = p ? context.articleByOldPath.get(p) : undefined
            return target && target !== articleId ? target : undefined
          },
        })
      : { ...markdownToBody(post.body.markdown, (n) => stableKey(articleId, 'body', n)), files: [] }
  into.notes.push(...converted.notes)
  const withImages = await attachBodyImages(converted.body, converted.images, context.media, from(context), into)
  const body = await attachBodyFiles(withImages, converted.files, context.media, from(context), into)

  const categories = categoriesFor(articleId, post.categories, source.categories, context.lookup, into)
  const cover = post.coverImage
    ? await imageField({ alt: post.title, ...post.coverImage }, 'cover image', context.media, from(context), into)
    : undefined
  const oldPaths = oldPathsFor(slug, post.oldUrls, into)
  if (post.excerpt && post.excerpt.length > EXCERPT_MAX_LENGTH)
    into.notes.push(`excerpt shortened to ${EXCERPT_MAX_LENGTH} characters`)
  const excerpt = clip(cleanText(post.excerpt ?? '') || firstParagraph(body), EXCERPT_MAX_LENGTH)

  into.documents.push({
    _id: articleId,
    _type: 'article',
    title: cleanText(post.title),
    slug: { _type: 'slug', current: slug },
    ...(excerpt ? { excerpt } : {}),
    ...(cover ? { coverImage: cover } : {}),
    body,
    publishedAt: post.publishedAt,
    ...(categories.length ? { categories } : {}),
    ...(post.tags.length ? { tags: [...new Set(post.tags.map(cleanText).filter(Boolean))] } : {}),
    author: { _type: 'reference', _ref: author._id },
    ...(oldPaths.length ? { oldPaths } : {}),
  })
  return { documents: into.documents, notes: [...new Set(into.notes)] }
}

/** The stored-form path of a link to the old site itself (relative, or absolute on the site's host). */
function sameSitePath(href: string, siteUrl: string | undefined): string | undefined {
  if (href.startsWith('/') && !href.startsWith('//')) return normalizeOldPath(href)
  return isOnSite(href, siteUrl) ? normalizeOldPath(href) : undefined
}
