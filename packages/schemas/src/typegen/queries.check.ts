/**
 * Every query in @blog/content returns what the zod schema that parses it reads: each field, of the kind zod
 * expects, down to nested objects and body blocks. Checked by `tsc` (npm run typecheck); nothing runs this file.
 * The query side is TypeGen's result type for each `defineQuery` (sanity.types.ts, `npm run typegen -w @blog/studio`).
 * Where @blog/content reads a result through a small wrapper of its own (a count and a page of items), the wrapper
 * is written out here around the shared schema that parses the items.
 */
import type { z } from 'zod'
import type { addressBookResultSchema, articleAddressSchema, documentAddressSchema } from '../addresses.ts'
import type { articleSummarySchema } from '../article.ts'
import type { categorySchema } from '../category.ts'
import type { slugStringSchema } from '../common.ts'
import type { searchHitSchema } from '../list-results.ts'
import type { articleOldPathsSchema } from '../old-paths.ts'
import type { articleSchema, authorSchema, bookSchema, slugListSchema } from '../page-results.ts'
import type { siteSettingsSchema } from '../site-settings.ts'
import type { NoDiff, Same } from './compare.ts'
import type { ReadDiff } from './read-diff.ts'
import type * as Q from './sanity.types.ts'

type Read<S extends z.ZodType> = z.input<S>
type Summary = Read<typeof articleSummarySchema>
/** A page of a list: how many in all (browse.ts `countedItems`), and the items. */
type Counted<Item> = { total: number; items: Item[] }
/** What content/src/impact.ts reads of a document it finds: id, type and slug. */
type DocumentRow = { _id: string; _type: string; slug?: string | null }

type _article = NoDiff<ReadDiff<Q.ArticleQueryResult, Read<typeof articleSchema>, 'articleQuery'>>
type _articlePreview = NoDiff<ReadDiff<Q.ArticlePreviewQueryResult, Read<typeof articleSchema>, 'articlePreviewQuery'>>
type _articleRedirect = NoDiff<
  ReadDiff<Q.ArticleRedirectQueryResult, { slug: Read<typeof slugStringSchema> }, 'articleRedirectQuery'>
>
type _oldPathRedirect = NoDiff<
  ReadDiff<Q.OldPathRedirectQueryResult, Read<typeof articleOldPathsSchema>[], 'oldPathRedirectQuery'>
>
type _addressBook = NoDiff<
  ReadDiff<
    Q.AddressBookQueryResult,
    Read<typeof addressBookResultSchema> & {
      articles: Read<typeof articleAddressSchema>[]
      authors: Read<typeof documentAddressSchema>[]
      books: Read<typeof documentAddressSchema>[]
      categories: Read<typeof documentAddressSchema>[]
    },
    'addressBookQuery'
  >
>
type _articles = NoDiff<ReadDiff<Q.ArticlesQueryResult, Summary[], 'articlesQuery'>>
type _articleCount = NoDiff<ReadDiff<Q.ArticleCountQueryResult, number, 'articleCountQuery'>>
type _author = NoDiff<ReadDiff<Q.AuthorQueryResult, Read<typeof authorSchema>, 'authorQuery'>>
type _book = NoDiff<ReadDiff<Q.BookQueryResult, Read<typeof bookSchema>, 'bookQuery'>>
type _siteSettings = NoDiff<ReadDiff<Q.SiteSettingsQueryResult, Read<typeof siteSettingsSchema>, 'siteSettingsQuery'>>
type _articleSlugs = NoDiff<ReadDiff<Q.ArticleSlugsQueryResult, Read<typeof slugListSchema>, 'articleSlugsQuery'>>
type _authorSlugs = NoDiff<ReadDiff<Q.AuthorSlugsQueryResult, Read<typeof slugListSchema>, 'authorSlugsQuery'>>
type _bookSlugs = NoDiff<ReadDiff<Q.BookSlugsQueryResult, Read<typeof slugListSchema>, 'bookSlugsQuery'>>
type _categorySlugs = NoDiff<ReadDiff<Q.CategorySlugsQueryResult, Read<typeof slugListSchema>, 'categorySlugsQuery'>>
type _changeImpact = NoDiff<
  ReadDiff<
    Q.ChangeImpactQueryResult,
    { self: DocumentRow & { refs?: (string | null)[] | null }; referrers: DocumentRow[] },
    'changeImpactQuery'
  >
>
type _impactTargets = NoDiff<
  ReadDiff<Q.ImpactTargetsQueryResult, { targets: DocumentRow[]; siblings: DocumentRow[] }, 'impactTargetsQuery'>
>
type _articlePage = NoDiff<ReadDiff<Q.ArticlePageQueryResult, Counted<Summary>, 'articlePageQuery'>>
type _categoryPage = NoDiff<
  ReadDiff<Q.CategoryPageQueryResult, Read<typeof categorySchema> & Counted<Summary>, 'categoryPageQuery'>
>
type _authorArticlePage = NoDiff<ReadDiff<Q.AuthorArticlePageQueryResult, Counted<Summary>, 'authorArticlePageQuery'>>
type _relatedArticles = NoDiff<
  ReadDiff<
    Q.RelatedArticlesQueryResult,
    { authorId?: string | null; categoryIds: string[]; candidates: Summary[] },
    'relatedArticlesQuery'
  >
>
type _search = NoDiff<ReadDiff<Q.SearchQueryResult, Counted<Read<typeof searchHitSchema>>, 'searchQuery'>>
type _searchHitsById = NoDiff<
  ReadDiff<Q.SearchHitsByIdQueryResult, Read<typeof searchHitSchema>[], 'searchHitsByIdQuery'>
>
// The embedded search index reads these rows as they come (sources/search-index.ts), with no schema: the strings
// it indexes are checked here.
type _searchIndexSource = NoDiff<
  ReadDiff<
    Q.SearchIndexSourceQueryResult,
    { _id: string; publishedAt: string; title: string; excerpt: string; body: string }[],
    'searchIndexSourceQuery'
  >
>

// The comparison itself finds drift: each line below must keep producing exactly its message.
type Card = Q.ArticlesQueryResult[number]
type _missing = NoDiff<
  Same<ReadDiff<Omit<Card, 'wordCount'>[], Summary[], 'q'>, 'q[].wordCount: zod reads it, the query does not return it'>
>
type _kind = NoDiff<
  Same<
    ReadDiff<(Omit<Card, 'tags'> & { tags: number })[], Summary[], 'q'>,
    'q[].tags: the query returns number, zod reads an array'
  >
>
type _member = NoDiff<
  Same<
    ReadDiff<Q.ArticleQueryResult & { body: { _type: 'poll'; _key: string }[] }, Read<typeof articleSchema>, 'q'>,
    'q.body[]: the query returns "poll" items, zod rejects them'
  >
>
