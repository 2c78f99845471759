import { seededRandom } from './index.mjs'

/**
 * A large dataset made from the sample one, for scale tests and benchmarks: every generated document is a
 * copy of a sample document of its type with a new id, slug, title and dates, and references re-pointed
 * at generated documents. Image assets are the sample's own (their files exist). Deterministic per seed.
 */

export interface GenerateOptions {
  articles?: number
  authors?: number
  books?: number
  categories?: number
  seed?: number
  /** Articles dated after this instant (a few) are scheduled, the rest spread over the years before it. */
  now?: Date
}

type Doc = Record<string, unknown> & { _id: string; _type: string }

const WORDS = (
  'tempo interval threshold cadence stride hill fartlek taper recovery massage mobility sleep protein carbohydrate ' +
  'hydration marathon halfmarathon parkrun trail track shoe blister hamstring calf achilles plantar glute core ' +
  'strength patience consistency mileage base aerobic lactate heartrate zone coach season injury rehab foam ' +
  'stretch breakfast electrolyte gel race pacing negative split longrun easy steady progression drill'
).split(' ')

const pad = (n: number) => String(n).padStart(5, '0')
const clone = <T>(value: T): T => structuredClone(value)

/** Replaces every `_ref` for which `map` answers, anywhere in the value. */
function remapRefs(value: unknown, map: (ref: string) => string | undefined): void {
  if (Array.isArray(value)) for (const item of value) remapRefs(item, map)
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    if (typeof record._ref === 'string') record._ref = map(record._ref) ?? record._ref
    for (const item of Object.values(record)) remapRefs(item, map)
  }
}

export function generateDataset(sample: unknown[], options: GenerateOptions = {}): Doc[] {
  const {
    articles = 10_000,
    authors = 200,
    books = 500,
    categories = 40,
    seed = 1,
    now = new Date('2026-01-01T00:00:00Z'),
  } = options
  const rand = seededRandom(seed)
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!
  const docs = sample as Doc[]
  const ofType = (type: string) => docs.filter((doc) => doc._type === type)
  const templates = {
    article: ofType('article'),
    author: ofType('author'),
    book: ofType('book'),
    category: ofType('category'),
  }
  for (const [type, list] of Object.entries(templates))
    if (list.length === 0) throw new Error(`The sample has no ${type} to copy`)

  const out: Doc[] = [
    ...docs.filter((doc) => doc._type === 'sanity.imageAsset' || doc._id === 'siteSettings').map(clone),
  ]
  const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-gen-${pad(i)}`)
  const categoryIds = ids('category', categories)
  const authorIds = ids('author', authors)
  const bookIds = ids('book', books)
  const articleIds = ids('article', articles)
  const stamp = (i: number, count: number) =>
    new Date(now.getTime() - ((count - i) / count) * 5 * 365 * 86_400_000).toISOString()

  categoryIds.forEach((id, i) => {
    const doc = clone(templates.category[i % templates.category.length]!)
    out.push({
      ...doc,
      _id: id,
      title: `${doc.title as string} ${i}`,
      slug: { _type: 'slug', current: `category-${i}` },
    })
  })
  authorIds.forEach((id, i) => {
    const doc = clone(templates.author[i % templates.author.length]!)
    out.push({
      ...doc,
      _id: id,
      name: `${doc.name as string} ${pad(i)}`,
      slug: { _type: 'slug', current: `author-${pad(i)}` },
    })
  })
  bookIds.forEach((id, i) => {
    const doc = clone(templates.book[i % templates.book.length]!)
    remapRefs(doc, (ref) => (ref.startsWith('author-') ? pick(authorIds) : undefined))
    const publishedAt = stamp(i, books).slice(0, 10)
    out.push({
      ...doc,
      _id: id,
      title: `${doc.title as string} ${i}`,
      slug: { _type: 'slug', current: `book-${pad(i)}` },
      publishedAt,
    })
  })
  articleIds.forEach((id, i) => {
    const doc = clone(templates.article[i % templates.article.length]!)
    remapRefs(doc, (ref) => {
      if (ref.startsWith('author-')) return pick(authorIds)
      if (ref.startsWith('category-')) return pick(categoryIds)
      if (ref.startsWith('book-')) return pick(bookIds)
      if (ref.startsWith('article-')) return pick(articleIds)
      return undefined
    })
    // A few scheduled articles, some renamed ones, and words that vary so searches find different sets.
    const scheduled = i % 97 === 0
    const publishedAt = scheduled ? new Date(now.getTime() + (i + 1) * 86_400_000).toISOString() : stamp(i, articles)
    const words = Array.from({ length: 12 }, () => pick(WORDS)).join(' ')
    const body = [...((doc.body as unknown[]) ?? []), block(`gen${i}`, `Notes ${i}: ${words}.`)]
    out.push({
      ...doc,
      _id: id,
      title: `${(doc.title as string).split(':')[0]}: ${pick(WORDS)} ${pick(WORDS)} ${i}`,
      slug: { _type: 'slug', current: `article-${pad(i)}` },
      previousSlugs: i % 50 === 0 ? [`old-article-${pad(i)}`] : undefined,
      // Every one imported from an old site: its permalink and its id link, as the importer stores them.
      oldPaths: [`/${publishedAt.slice(0, 10).replaceAll('-', '/')}/article-${pad(i)}`, `/?p=${i + 1}`],
      publishedAt,
      _updatedAt: publishedAt,
      body,
    })
  })
  return out
}

function block(key: string, text: string) {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
  }
}
