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
  tags`
const booksByAuthor = /* groq */ `*[_type == "book" && defined(slug.current) && references(^._id)] | order(publishedAt desc) {${bookSummary}}`

export const articleQuery = defineQuery(`*[${isPublishedArticle} && slug.current == $slug][0]{
  ${articleSummary},
  _updatedAt,
  previousSlugs,
  "author": author->{${authorSummary}, credentials, "books": ${booksByAuthor}},
  "body": coalesce(body, [])[]{
    ...,
    _type == "image" => {${image}},
    "markDefs": coalesce(markDefs, [])[]{
      ...,
      _type == "internalLink" => {"to": reference->{_type, "slug": slug.current}}
    }
  },
  "relatedBooks": coalesce(relatedBooks[]->{${bookSummary}}, []),
  "writtenFor": coalesce(writtenFor{name, url}, *[_id == "siteSettings"][0]{"name": publicationName, "url": publicationUrl}),
  seo{title, description, noIndex, image{${image}}}
}`)

/** An article that used to live at $slug (renamed): the page answers with a permanent redirect. */
export const articleRedirectQuery = defineQuery(
  `*[${isPublishedArticle} && $slug in previousSlugs] | order(publishedAt desc)[0]{"slug": slug.current}`,
)

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

export const articleSlugsQuery = defineQuery(
  `*[${isPublishedArticle}] | order(publishedAt desc){"slug": slug.current, _updatedAt}`,
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
