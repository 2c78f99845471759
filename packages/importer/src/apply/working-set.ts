import { isPublishedId, type AuthorDocument, type BookDocument, type CategoryDocument } from '@blog/schemas'
import { sameName, slugify } from '../text.ts'
import type { ChangeStatus, StoredDocumentLike, Target } from '../types.ts'

type AnyDocument = StoredDocumentLike

const SYSTEM_FIELDS = ['_rev', '_createdAt', '_updatedAt']

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/** JSON with sorted keys and no system fields: two documents are the same when these strings are. */
function canonical(value: unknown, top = true): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v, false)).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key, v]) => v !== undefined && !(top && SYSTEM_FIELDS.includes(key)))
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v, false)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * Articles come from the post, so the post wins; fields editors add in the Studio (cover, categories, SEO) are kept.
 * Authors and books are shared by many posts and edited in the Studio, so an existing one is only completed: the
 * import fills its empty fields and keeps everything an editor wrote.
 */
export function mergeDocument(
  generated: AnyDocument,
  existing: AnyDocument | undefined,
  now: string,
): { document: AnyDocument; status: ChangeStatus } {
  if (!existing) return { document: { ...generated, _createdAt: now, _updatedAt: now }, status: 'created' }
  const merged: AnyDocument = { ...existing }
  for (const [key, value] of Object.entries(generated)) {
    if (generated._type === 'article' || isEmpty(merged[key])) merged[key] = value
  }
  if (canonical(merged) === canonical(existing)) return { document: existing, status: 'unchanged' }
  delete merged._rev
  return { document: { ...merged, _updatedAt: now }, status: 'updated' }
}

/** The documents of the target (a dataset file or a Sanity project), plus what this run has imported so far. */
export class WorkingSet implements Target {
  private readonly documents = new Map<string, AnyDocument>()

  constructor(documents: Iterable<unknown>) {
    for (const doc of documents) {
      const candidate = doc as Partial<AnyDocument> | null
      if (
        candidate &&
        typeof candidate._id === 'string' &&
        typeof candidate._type === 'string' &&
        isPublishedId(candidate._id)
      ) {
        this.documents.set(candidate._id, candidate as AnyDocument)
      }
    }
  }

  get(id: string): AnyDocument | undefined {
    return this.documents.get(id)
  }

  has(id: string): boolean {
    return this.documents.has(id)
  }

  put(document: AnyDocument): void {
    this.documents.set(document._id, document)
  }

  private ofType<T>(type: string): T[] {
    return [...this.documents.values()].filter((doc) => doc._type === type) as T[]
  }

  /** By the id the importer would give the name, else by a tolerant comparison of names. */
  findAuthor(name: string): AuthorDocument | undefined {
    const byId = this.get(`author-${slugify(name)}`)
    if (byId?._type === 'author') return byId as AuthorDocument
    return this.ofType<AuthorDocument>('author').find(
      (author) => typeof author.name === 'string' && sameName(author.name, name),
    )
  }

  /** By the id the importer would give the title, else by title or slug, ignoring case. */
  findCategory(title: string): CategoryDocument | undefined {
    const slug = slugify(title)
    const byId = this.get(`category-${slug}`)
    if (byId?._type === 'category') return byId as CategoryDocument
    return this.ofType<CategoryDocument>('category').find(
      (category) =>
        (typeof category.title === 'string' && slugify(category.title) === slug) || category.slug?.current === slug,
    )
  }

  /** Every document, for indexes built once per run (old addresses). */
  all(): IterableIterator<AnyDocument> {
    return this.documents.values()
  }

  findBook(title: string): BookDocument | undefined {
    const slug = slugify(title)
    return this.ofType<BookDocument>('book').find(
      (book) => book._id === `book-${slug}` || (typeof book.title === 'string' && slugify(book.title) === slug),
    )
  }
}
