/**
 * The slug each post of an export gets, and the index of old addresses its links are resolved with. WordPress exports can hold two posts with one `post_name` (their permalinks
 * differ), and a post's slug can already belong to an article of the target: the later one gets the slug WordPress
 * itself gives a taken one, `-2`, then `-3`, ... Its old addresses stay with it, so its old permalink still leads there.
 */
import { normalizeOldPath } from '@blog/schemas'
import type { SourcePost } from '../sources/types.ts'
import type { StoredDocumentLike } from '../types.ts'
import { ARTICLE_PREFIX as PREFIX, articleId } from './ids.ts'

/** An article is this post when it keeps one of the post's old addresses: a re-import finds its own article again. */
function isSamePost(article: StoredDocumentLike, post: SourcePost): boolean {
  const paths = new Set(post.oldUrls.map(normalizeOldPath))
  return Array.isArray(article.oldPaths) && article.oldPaths.some((p) => typeof p === 'string' && paths.has(p))
}

/**
 * The posts in order, each with a slug no other post of the export and no other article of the target has (a renamed
 * post carries a note). `existing` is the target as it is before the export's first post is imported.
 */
export function withFreeSlugs(posts: SourcePost[], existing: Iterable<StoredDocumentLike>): SourcePost[] {
  const articles = new Map<string, StoredDocumentLike[]>()
  for (const doc of existing) {
    if (doc._type !== 'article') continue
    const slug = (doc.slug as { current?: unknown } | undefined)?.current
    const keys = new Set([doc._id.startsWith(PREFIX) ? doc._id.slice(PREFIX.length) : '', slug])
    for (const key of keys) if (typeof key === 'string' && key) articles.set(key, [...(articles.get(key) ?? []), doc])
  }
  const claimed = new Map<string, string>()
  return posts.map((post) => {
    let base: string
    try {
      base = articleId(post).slice(PREFIX.length)
    } catch {
      return post // reported when the post is imported
    }
    const takenBy = (slug: string) => {
      const other = articles.get(slug)?.find((doc) => doc._id !== `${PREFIX}${slug}` || !isSamePost(doc, post))
      return claimed.get(slug) ?? (other && `the article "${String(other.title)}" (${other._id}) already there`)
    }
    let slug = base
    for (let n = 2; takenBy(slug); n++) slug = `${base}-${n}`
    claimed.set(slug, `${post.label} in this run`)
    if (slug === base) return post
    const note = `the slug "${base}" is taken by ${takenBy(base)}: imported as "${slug}"; its old addresses lead to it`
    return { ...post, slug, notes: [...post.notes, note] }
  })
}

/** Every old address of the run's posts and of the target's articles -> the article it now belongs to. */
export function oldPathIndex(posts: SourcePost[], existing: Iterable<StoredDocumentLike>): Map<string, string> {
  const index = new Map<string, string>()
  for (const doc of existing)
    if (doc._type === 'article' && Array.isArray(doc.oldPaths))
      for (const p of doc.oldPaths) if (typeof p === 'string') index.set(p, doc._id)
  for (const post of posts) {
    let id: string
    try {
      id = articleId(post)
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
