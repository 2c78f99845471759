import type { PageType } from '@blog/content'

/**
 * Cache tags. Every cached query carries `content`; a document's page query carries `<type>:<slug>`;
 * lists (home, pagination, feeds, sitemap, slugs) carry `list:<type>`. The webhook turns a change
 * into exactly these tags (see lib/revalidate.ts and the README table).
 */
export const TAGS = {
  all: 'content',
  settings: 'site-settings',
  list: (type: PageType) => `list:${type}`,
  page: (type: PageType, slug: string) => `${type}:${slug}`,
  article: (slug: string) => `article:${slug}`,
  author: (slug: string) => `author:${slug}`,
  book: (slug: string) => `book:${slug}`,
  category: (slug: string) => `category:${slug}`,
} as const
