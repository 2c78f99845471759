/**
 * The one id rule: `article-<slug>`, `author-<slug>`, `book-<slug>`, so a second import of the same post addresses the
 * same documents. A post's slug (an export's, or a front matter `slug`) is used when it is a slug; one that is not
 * (`Hill Repeats!`, a non-ASCII WordPress slug) is repaired as the Studio's "Generate" button would make it, and the
 * builder says so in a note. Repair rather than reject: an export cannot be edited before it is imported, and a post's
 * old addresses keep leading to it whatever its new slug is.
 */
import { SLUG_PATTERN } from '@blog/schemas'
import { ImportError } from '../errors.ts'
import type { SourcePost } from '../sources/types.ts'
import { slugify } from '../text.ts'

export const ARTICLE_PREFIX = 'article-'

/** A slug made from a name or title; ImportError when it has no letters or digits to make one from. */
export function slugOf(what: string, value: string): string {
  const slug = slugify(value)
  if (!slug) throw new ImportError(`cannot make a slug from the ${what} "${value}"`)
  return slug
}

/** The article's slug: the post's own when it is one, else made from it, else (nothing to make one from) the title. */
function articleSlug(post: Pick<SourcePost, 'slug' | 'title'>): string {
  const slug = post.slug ?? ''
  if (SLUG_PATTERN.test(slug)) return slug
  return slugify(slug) || slugOf('title', post.title)
}

/** `article-<slug>`. */
export const articleId = (post: Pick<SourcePost, 'slug' | 'title'>): string => `${ARTICLE_PREFIX}${articleSlug(post)}`
