/**
 * The one builder: a post in the neutral shape (from any source) -> the documents it becomes: its author (and the book
 * its closing line promotes, with that book's author), the image and file assets and categories it uses, and the
 * article. Ids come from slugs (build/ids.ts), so a second import addresses the same documents.
 */
import { EXCERPT_MAX_LENGTH, normalizeOldPath, type BookDocument } from '@blog/schemas'
import { ImportError } from '../errors.ts'
import type { SourceExport, SourcePost } from '../sources/types.ts'
import { clip, cleanText, sameName, stableKey } from '../text.ts'
import type { Collected, ImageSource, Lookup, Media, StoredDocumentLike } from '../types.ts'
import { authorDocument } from './author.ts'
import { attachBodyFiles } from './body-files.ts'
import { htmlToBody } from './html/index.ts'
import { isOnSite } from './html/urls.ts'
import { ARTICLE_PREFIX, articleId as articleIdOf, slugOf } from './ids.ts'
import { attachBodyImages, categoriesFor, imageField, oldPathsFor } from './parts.ts'
import { firstParagraph, markdownToBody, textBlock, type Body } from './portable-text.ts'

export interface BuildContext {
  /** The source the post came from: its site address, its attachments and categories. */
  source: Pick<SourceExport, 'siteUrl' | 'attachments' | 'categories'>
  lookup: Lookup
  media: Media
  /** Old address (stored form) -> article id, for links between an export's posts and to the target's articles. */
  articleByOldPath?: Map<string, string>
}

const reference = (ref: string) => ({ _type: 'reference' as const, _ref: ref })
const keyedReference = (owner: string, field: string, ref: string) => ({
  ...reference(ref),
  _key: stableKey(owner, field, ref),
})

/** The stored-form path of a link to the old site itself (relative, or absolute on the site's host). */
function sameSitePath(href: string, siteUrl: string | undefined): string | undefined {
  if (href.startsWith('/') && !href.startsWith('//')) return normalizeOldPath(href)
  return isOnSite(href, siteUrl) ? normalizeOldPath(href) : undefined
}

/** The body in stored form, with its images and files stored (or left out with a note). */
async function bodyOf(post: SourcePost, articleId: string, context: BuildContext, from: ImageSource, into: Collected) {
  const { source } = context
  const key = (...parts: number[]) => stableKey(articleId, 'body', ...parts)
  const converted =
    post.body.kind === 'html'
      ? htmlToBody(post.body.html, {
          keyPrefix: articleId,
          ...(source.siteUrl ? { siteUrl: source.siteUrl } : {}),
          ...(source.attachments ? { attachments: source.attachments } : {}),
          ...post.html,
          resolveLink: (href) => {
            const p = sameSitePath(href, source.siteUrl)
            const target = p ? context.articleByOldPath?.get(p) : undefined
            return target && target !== articleId ? target : undefined
          },
        })
      : post.body.kind === 'markdown'
        ? { ...markdownToBody(post.body.markdown, (n) => key(n)), files: [] }
        : {
            body: post.body.paragraphs.map((text, i) => textBlock(text, (n) => key(i, n))) as Body,
            images: [],
            files: [],
            notes: [],
          }
  into.notes.push(...converted.notes)
  const withImages = await attachBodyImages(converted.body, converted.images, context.media, from, into)
  return attachBodyFiles(withImages, converted.files, context.media, from, into)
}

/** Why a post cannot be imported, in words the user can act on (a file can be given what it lacks). */
function required(post: SourcePost): { title: string; publishedAt: string } & Required<Pick<SourcePost, 'author'>> {
  const title = cleanText(post.title)
  if (!title) throw new ImportError('the post has no title')
  if (!post.publishedAt)
    throw new ImportError(
      `no publish date: pass --date YYYY-MM-DD${post.file ? ', or add "date: YYYY-MM-DD" to the front matter' : ''}`,
    )
  if (!post.author)
    throw new ImportError(
      post.file
        ? 'no author: the post needs a byline "Written by <name>" or front matter "author: <name>"'
        : 'no author: the export names none for this post',
    )
  return { title, publishedAt: post.publishedAt, author: post.author }
}

/**
 * The documents one post becomes, people first (their photos before them), then the assets and categories the
 * article refers to, then the article: everything an item refers to comes before it.
 */
export async function buildArticle(
  post: SourcePost,
  context: BuildContext,
): Promise<{ documents: StoredDocumentLike[]; notes: string[] }> {
  const into: Collected = { documents: [], notes: [...post.notes] }
  const { title, publishedAt, author: postAuthor } = required(post)
  const articleId = articleIdOf(post)
  const slug = articleId.slice(ARTICLE_PREFIX.length)
  if (post.slug && post.slug !== slug)
    into.notes.push(`the slug "${post.slug}" is not lowercase words joined by hyphens: imported as "${slug}"`)
  const { lookup, media } = context
  const from: ImageSource = {
    ...(post.file ? { postFile: post.file } : {}),
    ...(context.source.siteUrl ? { siteUrl: context.source.siteUrl } : {}),
  }

  const author = await authorDocument(postAuthor, lookup, media, from, into)
  into.documents.push(author)
  let book: BookDocument | undefined
  if (post.book) {
    const bookAuthor =
      post.book.author === postAuthor || sameName(post.book.author.name, postAuthor.name)
        ? author
        : await authorDocument(post.book.author, lookup, media, from, into)
    if (bookAuthor !== author) into.documents.push(bookAuthor)
    const existing = lookup.findBook(post.book.title)
    const bookSlug = existing?.slug.current ?? slugOf('book title', post.book.title)
    const bookId = existing?._id ?? `book-${bookSlug}`
    book = {
      _id: bookId,
      _type: 'book',
      title: existing?.title ?? post.book.title,
      slug: { _type: 'slug', current: bookSlug },
      authors: [keyedReference(bookId, 'authors', bookAuthor._id)],
    }
    into.documents.push(book)
  }

  const body = await bodyOf(post, articleId, context, from, into)
  const categories = categoriesFor(articleId, post.categories, context.source.categories, lookup, into)
  const cover = post.coverImage
    ? await imageField({ alt: post.title, ...post.coverImage }, 'cover image', media, from, into)
    : undefined
  const oldPaths = oldPathsFor(slug, post.oldUrls, into)
  if (post.excerpt && post.excerpt.length > EXCERPT_MAX_LENGTH)
    into.notes.push(`excerpt shortened to ${EXCERPT_MAX_LENGTH} characters`)
  const excerpt = clip(cleanText(post.excerpt ?? '') || firstParagraph(body), EXCERPT_MAX_LENGTH)
  const tags = [...new Set(post.tags.map(cleanText).filter(Boolean))]

  into.documents.push({
    _id: articleId,
    _type: 'article',
    title,
    slug: { _type: 'slug', current: slug },
    ...(excerpt ? { excerpt } : {}),
    ...(cover ? { coverImage: cover } : {}),
    body,
    publishedAt,
    ...(categories.length ? { categories } : {}),
    ...(tags.length ? { tags } : {}),
    author: reference(author._id),
    ...(book ? { relatedBooks: [keyedReference(articleId, 'relatedBooks', book._id)] } : {}),
    ...(post.publication ? { writtenFor: { _type: 'writtenFor', name: post.publication } } : {}),
    ...(oldPaths.length ? { oldPaths } : {}),
  })
  return { documents: into.documents, notes: [...new Set(into.notes)] }
}
