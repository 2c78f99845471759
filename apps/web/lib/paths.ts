/** The site's URLs, in one place: pages, feeds and the sitemap link with these. */
export const paths = {
  article: (slug: string) => `/articles/${slug}`,
  author: (slug: string) => `/authors/${slug}`,
  book: (slug: string) => `/books/${slug}`,
  category: (slug: string) => `/categories/${slug}`,
  authorFeed: (slug: string) => `/authors/${slug}/feed.xml`,
  /** Page `page` of the search results for `query`. */
  search: (query: string, page = 1) =>
    `/search?${new URLSearchParams({ q: query, ...(page > 1 ? { page: String(page) } : {}) })}`,
  /** Page `n` of a list whose first page is `first` ('/' for home): `/page/2`, `/categories/x/page/2`. */
  page: (first: string, n: number) => (n <= 1 ? first : `${first === '/' ? '' : first}/page/${n}`),
}
