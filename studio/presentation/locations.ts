import { defineDocuments, defineLocations, type DocumentLocationResolvers } from 'sanity/presentation'

const path = { article: '/articles', author: '/authors', book: '/books', category: '/categories' } as const

/** Where each document shows up on the site, for the Presentation tool's "used on" list and navigation. */
export const locations = {
  article: defineLocations({
    select: { title: 'title', slug: 'slug.current' },
    resolve: (doc) => ({
      locations: doc?.slug
        ? [
            { title: doc.title ?? 'Article', href: `${path.article}/${doc.slug}` },
            { title: 'Home', href: '/' },
          ]
        : [],
    }),
  }),
  author: defineLocations({
    select: { name: 'name', slug: 'slug.current' },
    resolve: (doc) => ({
      locations: doc?.slug ? [{ title: doc.name ?? 'Author', href: `${path.author}/${doc.slug}` }] : [],
    }),
  }),
  book: defineLocations({
    select: { title: 'title', slug: 'slug.current' },
    resolve: (doc) => ({
      locations: doc?.slug ? [{ title: doc.title ?? 'Book', href: `${path.book}/${doc.slug}` }] : [],
    }),
  }),
  siteSettings: defineLocations({
    message: 'Site settings appear on every page',
    tone: 'positive',
    locations: [{ title: 'Home', href: '/' }],
  }),
} satisfies DocumentLocationResolvers

/** Which document a site URL shows, so opening a page in Presentation opens its document. */
export const mainDocuments = defineDocuments([
  { route: `${path.article}/:slug`, filter: `_type == "article" && slug.current == $slug` },
  { route: `${path.author}/:slug`, filter: `_type == "author" && slug.current == $slug` },
  { route: `${path.book}/:slug`, filter: `_type == "book" && slug.current == $slug` },
  { route: `${path.category}/:slug`, filter: `_type == "category" && slug.current == $slug` },
])
