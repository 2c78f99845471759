/**
 * A Markdown or plain-text post file -> a source of one post in the neutral shape, as the exports are read: the front
 * matter and the post's own text (title line, byline, bio, closing line) become the post's fields.
 */
import path from 'node:path'
import { sameName } from '../text.ts'
import { parsePost, type ParsedPost } from './parse-post.ts'
import type { SourceAuthor, SourceExport, SourcePost } from './types.ts'

/** `posts/2019/hill-repeats.md` under `posts/` -> `/2019/hill-repeats`; an `index.md` stands for its folder. */
function pathUnder(root: string, file: string): string | undefined {
  const relative = path.relative(root, file).split(path.sep).join('/')
  const withoutExtension = relative.replace(/\.(md|markdown)$/i, '').replace(/(^|\/)_?index$/i, '')
  return withoutExtension ? `/${withoutExtension}` : undefined
}

/**
 * The neutral post of a parsed file. `oldUrls` are addresses besides the front matter's (the file's path under the
 * folder named on the command line).
 */
export function sourcePostOf(post: ParsedPost, oldUrls: string[] = []): SourcePost {
  const closing = post.closing
  const closingIsAuthor = Boolean(closing && post.authorName && sameName(closing.name, post.authorName))
  const author: SourceAuthor | undefined = post.authorName
    ? {
        key: post.authorName,
        name: post.authorName,
        ...(post.bio.length ? { bio: post.bio.join('\n\n') } : {}),
        ...(closingIsAuthor && closing?.blogUrl ? { blog: closing.blogUrl } : {}),
      }
    : undefined
  const notes = [...post.notes]
  let book: SourcePost['book']
  if (closing?.bookTitle) {
    if (author && !closingIsAuthor)
      notes.push(
        `the closing line names "${closing.name}", not the byline's "${author.name}": the book is credited to ${closing.name}`,
      )
    const other = { key: closing.name, name: closing.name, ...(closing.blogUrl ? { blog: closing.blogUrl } : {}) }
    book = { title: closing.bookTitle, author: closingIsAuthor && author ? author : other }
  }
  return {
    label: post.file,
    file: post.file,
    title: post.title,
    ...(post.slug ? { slug: post.slug } : {}),
    ...(post.publishedAt ? { publishedAt: post.publishedAt } : {}),
    body: post.body.kind === 'markdown' ? post.body : { kind: 'text', paragraphs: post.body.paragraphs },
    ...(post.excerpt ? { excerpt: post.excerpt } : {}),
    categories: post.categories,
    tags: post.tags,
    ...(author ? { author } : {}),
    ...(post.publication ? { publication: post.publication } : {}),
    ...(book ? { book } : {}),
    ...(post.coverImage ? { coverImage: post.coverImage } : {}),
    oldUrls: [...post.oldUrls, ...oldUrls],
    notes,
  }
}

/**
 * Reads one post file (`root`: the folder named on the command line, if it was found there). A draft is a skipped item;
 * a file that cannot become a post throws ImportError with the reason.
 */
export function readPostFile(file: string, text: string, root?: string): SourceExport {
  const parsed = parsePost(file, text)
  const filePath = root && parsed.format === 'md' ? pathUnder(root, file) : undefined
  const draft = parsed.draft
  return {
    format: parsed.format === 'md' ? 'markdown' : 'text',
    file,
    posts: draft ? [] : [sourcePostOf(parsed, filePath ? [filePath] : [])],
    authors: [],
    categories: [],
    skipped: draft
      ? [{ label: file, reason: 'a draft (front matter "draft: true"): not published on the old site' }]
      : [],
  }
}
