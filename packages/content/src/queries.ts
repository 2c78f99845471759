import { defineQuery } from 'groq'

// Fragments. Each projection returns exactly the shape of its schema in @blog/schemas.
const image = /* groq */ `alt, hotspot, crop, "asset": asset->{_id, url, metadata{lqip, dimensions{width, height, aspectRatio}}}`
const isPublishedArticle = /* groq */ `_type == "article" && defined(slug.current) && dateTime(publishedAt) <= dateTime(now())`
const authorSummary = /* groq */ `_id, name, "slug": slug.current, photo{${image}}, shortBio, roles`
const categorySummary = /* groq */ `_id, title, "slug": slug.current`
const bookSummary = /* groq */ `_id, title, "slug": slug.current, subtitle, cover{${image}}, publishedAt`
const articleSummary = /* groq */ `_id, title, "slug": slug.current, excerpt, coverImage{${image}}, publishedAt,
  "author": author->{${authorSummary}},
  "categories": categories[]->{${categorySummary}},
  tags,
  "wordCount": count(string::split(array::join(coalesce(body[_type == "block"].children[].text, []), " "), " "))`
// Sanity's CDN serves an uploaded file at its `url`. A dataset folder (the embedded dataset, the local lake) keeps it at
// `path` files/<sha1>.<ext>, one level down, and the blog serves that folder under /media: the lake's own `url` names
// the lake's host, which readers never reach. A project's path has more levels (files/<project>/<dataset>/<name>).
const file = /* groq */ `"asset": asset->{_id, mimeType, size, "url": select(
  count(string::split(path, "/")) == 2 => "/media/" + string::split(path, "/")[1],
  url
)}`
const booksByAuthor = /* groq */ `*[_type == "book" && defined(slug.current) && references(^._id)] | order(publishedAt desc) {${bookSummary}}`

const articleProjection = /* groq */ `{
  ${articleSummary},
  _updatedAt,
  previousSlugs,
  "author": author->{${authorSummary}, credentials, "books": ${booksByAuthor}},
  "body": coalesce(body, [])[]{
    ...,
    _type == "image" => {${image}},
    _type == "linkCard" => {"thumbnail": thumbnail{${image}}},
    _type == "audioFile" => {"file": file{${file}}},
    _type == "videoFile" => {"file": file{${file}}, "captions": captions{${file}}, "poster": poster{${image}}},
    "markDefs": coalesce(markDefs, [])[]{
      ...,
      _type == "internalLink" => {"to": reference->{_type, "slug": slug.current}}
    }
  },
  "relatedBooks": coalesce(relatedBooks[]->{${bookSummary}}, []),
  "writtenFor": coalesce(writtenFor{name, url}, *[_id == "siteSettings"][0]{"name": publicationName, "url": publicationUrl}),
  seo{title, description, noIndex, image{${image}}}
}`

export const articleQuery = defineQuery(`*[${isPublishedArticle} && slug.current == $slug][0]${articleProjection}`)

/** Draft mode only: an article dated ahead has its page too, so the Presentation tool previews a scheduled article. */
export const articlePreviewQuery = defineQuery(
  `*[_type == "article" && defined(slug.current) && slug.current == $slug][0]${articleProjection}`,
)

/** An article that used to live at $slug (renamed): the page answers with a permanent redirect. */
export const articleRedirectQuery = defineQuery(
  `*[${isPublishedArticle} && $slug in previousSlugs] | order(publishedAt desc)[0]{"slug": slug.current}`,
)

// Old addresses: `oldPaths` holds the paths an imported article had on its old site, in normalizeOldPath's form, so
// a request path normalised the same way is compared as it is (`$path in oldPaths`: the embedded source answers it
// from an index, sources/dataset-index.ts).
const oldPathsProjection = /* groq */ `{_id, "slug": slug.current, publishedAt, oldPaths}`

/** The published articles that had the old address $path; more than one is a conflict, and the newest wins. */
export const oldPathRedirectQuery = defineQuery(
  `*[${isPublishedArticle} && $path in oldPaths] | order(publishedAt desc, _id asc)${oldPathsProjection}`,
)

/**
 * Every address the blog answers, in one read: published articles with their old slugs and old addresses and the
 * lists they appear in, and the authors, books and categories with pages. The blog's proxy answers a made-up URL from
 * it without rendering anything (apps/web/lib/addresses.ts).
 */
export const addressBookQuery = defineQuery(`{
  "articles": *[${isPublishedArticle}]{_id, "slug": slug.current, publishedAt, previousSlugs, oldPaths, "author": author._ref, "categories": categories[]._ref},
  "authors": *[_type == "author" && defined(slug.current)]{_id, "slug": slug.current},
  "books": *[_type == "book" && defined(slug.current)]{_id, "slug": slug.current},
  "categories": *[_type == "category" && defined(slug.current)]{_id, "slug": slug.current},
  "nextPublishedAt": *[_type == "article" && defined(slug.current) && dateTime(publishedAt) > dateTime(now())] | order(publishedAt asc)[0].publishedAt
}`)

export const articlesQuery = defineQuery(
  `*[${isPublishedArticle}] | order(publishedAt desc, _id asc)[$start...$end]{${articleSummary}}`,
)

export const articleCountQuery = defineQuery(`count(*[${isPublishedArticle}])`)

export const authorQuery = defineQuery(`*[_type == "author" && slug.current == $slug][0]{
  ${authorSummary},
  bio, credentials, specialties, website, blog, socialLinks,
  "books": ${booksByAuthor},
  "articles": *[${isPublishedArticle} && author._ref == ^._id] | order(publishedAt desc){${articleSummary}}
}`)

export const bookQuery = defineQuery(`*[_type == "book" && slug.current == $slug][0]{
  ${bookSummary},
  description, isbn, publisher, links,
  "authors": coalesce(authors[]->{${authorSummary}}, []),
  "articles": *[${isPublishedArticle} && references(^._id)] | order(publishedAt desc){${articleSummary}}
}`)

export const siteSettingsQuery = defineQuery(`*[_id == "siteSettings"][0]{
  title, description, publicationName, publicationUrl, navigation,
  logo{${image}},
  ogImage{${image}}
}`)

// A scheduled article changes for readers when it goes live, after its last edit: the later of the two.
export const articleSlugsQuery = defineQuery(
  `*[${isPublishedArticle}] | order(publishedAt desc){"slug": slug.current, "_updatedAt": select(dateTime(_updatedAt) > dateTime(publishedAt) => _updatedAt, publishedAt)}`,
)
export const authorSlugsQuery = defineQuery(
  `*[_type == "author" && defined(slug.current)] | order(name asc){"slug": slug.current, _updatedAt}`,
)
export const bookSlugsQuery = defineQuery(
  `*[_type == "book" && defined(slug.current)] | order(publishedAt desc){"slug": slug.current, _updatedAt}`,
)

// Everything a document points at; used to find the pages that show a changed document.
export const REFERENCED_IDS = /* groq */ `[author._ref] + coalesce(categories[]._ref, []) + coalesce(relatedBooks[]._ref, []) + coalesce(authors[]._ref, []) + coalesce(body[].markDefs[].reference._ref, [])`

/** The changed document as it is now, and every published document that references it. */
export const changeImpactQuery = defineQuery(`{
  "self": *[_id == $id][0]{_id, _type, "slug": slug.current, "refs": ${REFERENCED_IDS}},
  "referrers": *[references($id)]{_id, _type, "slug": slug.current}
}`)

/** Documents by id, and the articles that share one of them (a category or an author): their "related" lists. */
export const impactTargetsQuery = defineQuery(`{
  "targets": *[_id in $ids]{_id, _type, "slug": slug.current},
  "siblings": *[_type == "article" && (author._ref in $ids || count(categories[_ref in $ids]) > 0)]{_id, _type, "slug": slug.current}
}`)

// Reader features: paged lists, categories, related articles, search.

const newestFirst = /* groq */ `order(publishedAt desc, _id asc)`

/** One page of the newest articles (home and /page/n) and how many there are. */
export const articlePageQuery = defineQuery(`{
  "total": count(*[${isPublishedArticle}]),
  "items": *[${isPublishedArticle}] | ${newestFirst}[$start...$end]{${articleSummary}}
}`)

// `^._id` filters by the category or author already found, instead of dereferencing every article.
export const categoryPageQuery = defineQuery(`*[_type == "category" && slug.current == $slug][0]{
  ${categorySummary}, description,
  "total": count(*[${isPublishedArticle} && ^._id in categories[]._ref]),
  "items": *[${isPublishedArticle} && ^._id in categories[]._ref] | ${newestFirst}[$start...$end]{${articleSummary}}
}`)

export const authorArticlePageQuery = defineQuery(`*[_type == "author" && slug.current == $slug][0]{
  "total": count(*[${isPublishedArticle} && author._ref == ^._id]),
  "items": *[${isPublishedArticle} && author._ref == ^._id] | ${newestFirst}[$start...$end]{${articleSummary}}
}`)

export const categorySlugsQuery = defineQuery(
  `*[_type == "category" && defined(slug.current)] | order(title asc){"slug": slug.current, _updatedAt}`,
)

/** The newest articles sharing the author or a category with $slug; the content layer ranks them. */
export const relatedArticlesQuery = defineQuery(`*[${isPublishedArticle} && slug.current == $slug][0]{
  "authorId": author._ref,
  "categoryIds": coalesce(categories[]._ref, []),
  "candidates": *[${isPublishedArticle} && _id != ^._id && (author._ref == ^.author._ref || references(^.categories[]._ref))]
    | ${newestFirst}[0...$pool]{${articleSummary}}
}`)

const searchHit = /* groq */ `${articleSummary}, _score, "text": pt::text(body)`

/**
 * The body's words search finds: its text blocks, then table cells, code, the titles of embeds, link cards, audio and
 * video, link card descriptions and audio transcripts. `array::join` answers null for an array holding a null, so
 * optional fields are filtered with defined() and a body with no text block counts as "".
 */
const searchableBody = /* groq */ `array::join([coalesce(pt::text(body), "")]
  + coalesce(body[_type == "dataTable"].table.rows[].cells[], [])
  + coalesce(body[_type == "code" && defined(code)].code, [])
  + coalesce(body[_type in ["embed", "linkCard", "audioFile", "videoFile"] && defined(title)].title, [])
  + coalesce(body[_type == "linkCard" && defined(description)].description, [])
  + coalesce(body[_type == "audioFile" && defined(transcript)].transcript, []), " ")`

/**
 * Full-text search, one page of it ($start...$end): every word of $pattern ("easy* run*") must match the title, excerpt or body;
 * a title match counts most. The embedded source answers the same question from its own index
 * (sources/search-index.ts): keep the two in step, a test compares them.
 */
export const searchQuery = defineQuery(`{
  "total": count(*[${isPublishedArticle} && [title, excerpt, ${searchableBody}] match $pattern]),
  "items": *[${isPublishedArticle} && [title, excerpt, ${searchableBody}] match $pattern]
    | score(boost(title match $pattern, 3), excerpt match $pattern, ${searchableBody} match $pattern)
    | order(_score desc, publishedAt desc, _id asc)[$start...$end]{${searchHit}}
}`)

/** The hits an index found, as cards; the index supplies the order and scores. */
export const searchHitsByIdQuery = defineQuery(`*[_id in $ids]{${searchHit}}`)

/** What the embedded search index is built from: the same strings `searchQuery` matches on. */
export const searchIndexSourceQuery = defineQuery(
  `*[_type == "article" && defined(slug.current)]{_id, publishedAt, title, excerpt, "body": ${searchableBody}}`,
)
