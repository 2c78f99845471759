import {
  EXCERPT_MAX_LENGTH,
  SLUG_PATTERN,
  type ArticleDocument,
  type AuthorDocument,
  type BookDocument,
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
import { readBio } from './author-bio.ts'
import { ImportError } from './errors.ts'
import type { StoredDocumentLike } from './import-posts.ts'
import type { ParsedPost } from './parse-post.ts'
import { firstParagraph, markdownToBody, textBlock, type Body } from './portable-text.ts'
import { clip, sameName, slugify, stableKey } from './text.ts'

export type ImportedDocument = ArticleDocument | AuthorDocument | BookDocument

/** What the documents are matched against: the dataset (or project) being imported into. */
export interface Lookup {
  findAuthor(name: string): AuthorDocument | undefined
  findBook(title: string): BookDocument | undefined
}

export interface BuildOptions {
  /** ISO date-time for posts without a front matter date (`--date`). */
  date?: string
  /** Where images are stored; without it, images are left out with a note. */
  media?: Media
  /** Old addresses besides the front matter's (the file's path under the folder named on the command line). */
  oldUrls?: string[]
}

const NO_MEDIA: Media = {
  image: () => Promise.resolve({ missing: 'images are not imported in this run' }),
  has: () => false,
}

const reference = (ref: string) => ({ _type: 'reference' as const, _ref: ref })
const keyedReference = (owner: string, field: string, ref: string) => ({
  ...reference(ref),
  _key: stableKey(owner, field, ref),
})

function slugOf(what: string, value: string): string {
  const slug = slugify(value)
  if (!slug) throw new ImportError(`cannot make a slug from the ${what} "${value}"`)
  return slug
}

function authorDocument(name: string, lookup: Lookup, bio: string[] = [], blog?: string): AuthorDocument {
  const existing = lookup.findAuthor(name)
  const slug = existing?.slug.current ?? slugOf('author name', name)
  const _id = existing?._id ?? `author-${slug}`
  const facts = readBio(bio)
  return {
    _id,
    _type: 'author',
    name: existing?.name ?? name,
    slug: { _type: 'slug', current: slug },
    ...(facts.shortBio ? { shortBio: facts.shortBio } : {}),
    ...(bio.length ? { bio: bio.map((text, i) => textBlock(text, (n) => stableKey(_id, 'bio', i, n))) } : {}),
    ...(facts.credentials.length
      ? {
          credentials: facts.credentials.map((c, i) => ({
            _type: 'credential' as const,
            _key: stableKey(_id, 'credentials', i),
            ...c,
          })),
        }
      : {}),
    ...(facts.roles.length ? { roles: facts.roles } : {}),
    ...(facts.specialties.length ? { specialties: facts.specialties } : {}),
    ...(blog ? { blog } : {}),
  }
}

/** `article-<slug>`: the slug from front matter, else from the title. */
export function articleIdFor(post: ParsedPost): string {
  if (post.slug && !SLUG_PATTERN.test(post.slug))
    throw new ImportError(`front matter slug "${post.slug}" must be lowercase words joined by hyphens`)
  return `article-${post.slug ?? slugOf('title', post.title)}`
}

/**
 * The article, its author and the book it promotes, with ids derived from slugs (`article-<slug>`, `author-<slug>`,
 * `book-<slug>`) so a second import of the same post addresses the same documents. Authors and books already in the
 * target are matched by name or title and keep their ids.
 */
export async function buildDocuments(
  post: ParsedPost,
  lookup: Lookup & CategoryLookup,
  options: BuildOptions = {},
): Promise<{ documents: (ImportedDocument | StoredDocumentLike)[]; notes: string[] }> {
  const notes: string[] = []
  const media = options.media ?? NO_MEDIA
  const extra: Collected = { documents: [], notes }
  const from = { postFile: post.file }
  const publishedAt = post.publishedAt ?? options.date
  if (!publishedAt)
    throw new ImportError('no publish date: pass --date YYYY-MM-DD, or add "date: YYYY-MM-DD" to the front matter')
  if (!post.authorName)
    throw new ImportError('no author: the post needs a byline "Written by <name>" or front matter "author: <name>"')
  const articleId = articleIdFor(post)
  const slug = articleId.slice('article-'.length)

  const closing = post.closing
  const closingIsAuthor = closing ? sameName(closing.name, post.authorName) : false
  const author = authorDocument(post.authorName, lookup, post.bio, closingIsAuthor ? closing?.blogUrl : undefined)
  const documents: ImportedDocument[] = [author]

  let book: BookDocument | undefined
  if (closing?.bookTitle) {
    let bookAuthor = author
    if (!closingIsAuthor) {
      notes.push(
        `the closing line names "${closing.name}", not the byline's "${post.authorName}": the book is credited to ${closing.name}`,
      )
      bookAuthor = authorDocument(closing.name, lookup, [], closing.blogUrl)
      documents.push(bookAuthor)
    }
    const existing = lookup.findBook(closing.bookTitle)
    const bookSlug = existing?.slug.current ?? slugOf('book title', closing.bookTitle)
    const bookId = existing?._id ?? `book-${bookSlug}`
    book = {
      _id: bookId,
      _type: 'book',
      title: existing?.title ?? closing.bookTitle,
      slug: { _type: 'slug', current: bookSlug },
      authors: [keyedReference(bookId, 'authors', bookAuthor._id)],
    }
    documents.push(book)
  }

  let body: Body
  if (post.body.kind === 'markdown') {
    const converted = markdownToBody(post.body.markdown, (n) => stableKey(articleId, 'body', n))
    notes.push(...converted.notes)
    body = await attachBodyImages(converted.body, converted.images, media, from, extra)
  } else {
    body = post.body.paragraphs.map((text, i) => textBlock(text, (n) => stableKey(articleId, 'body', i, n)))
  }
  if (post.excerpt && post.excerpt.length > EXCERPT_MAX_LENGTH)
    notes.push(`front matter excerpt shortened to ${EXCERPT_MAX_LENGTH} characters`)
  const excerpt = clip(post.excerpt ?? firstParagraph(body), EXCERPT_MAX_LENGTH)
  const categories = categoriesFor(articleId, post.categories, [], lookup, extra)
  const cover = post.coverImage
    ? await imageField({ alt: post.title, ...post.coverImage }, 'cover image', media, from, extra)
    : undefined
  const oldPaths = oldPathsFor(slug, [...post.oldUrls, ...(options.oldUrls ?? [])], extra)

  documents.push({
    _id: articleId,
    _type: 'article',
    title: post.title,
    slug: { _type: 'slug', current: slug },
    ...(excerpt ? { excerpt } : {}),
    ...(cover ? { coverImage: cover } : {}),
    body,
    publishedAt,
    ...(categories.length ? { categories } : {}),
    ...(post.tags.length ? { tags: post.tags } : {}),
    author: reference(author._id),
    ...(book ? { relatedBooks: [keyedReference(articleId, 'relatedBooks', book._id)] } : {}),
    ...(post.publication ? { writtenFor: { _type: 'writtenFor', name: post.publication } } : {}),
    ...(oldPaths.length ? { oldPaths } : {}),
  })
  // Categories and image assets first: the article refers to them.
  return { documents: [...extra.documents, ...documents], notes: [...new Set(notes)] }
}
