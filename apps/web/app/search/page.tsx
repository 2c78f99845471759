import type { Metadata } from 'next'
import type { SearchResults as Results } from '@blog/schemas'
import { Pagination } from '@/components/layout/pagination'
import { SearchForm } from '@/components/search/search-form'
import { SearchResults } from '@/components/search/search-results'
import { searchArticles } from '@/lib/content'
import { paths } from '@/lib/paths'

// Rendered whole for each request, not a prerendered shell with the answer streamed in: a streamed answer reaches the
// page hidden, and only a script shows it, so readers without JavaScript (text browsers, reader modes, some crawlers)
// would see a form and no results. Nothing of it is stored: the answer depends on the query, which anyone can make up.
export const instant = false

export const metadata: Metadata = {
  title: 'Search',
  robots: { index: false, follow: true },
  alternates: { canonical: '/search' },
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SearchPage({ searchParams }: Props) {
  const { q, page } = await searchParams
  let results: Results | null
  try {
    results = await searchArticles(q, Number(typeof page === 'string' ? page : 1))
  } catch (error) {
    // A source outage shows a message on the search page rather than the error page.
    console.error(`[search] failed: ${(error as Error).message}`)
    results = null
  }
  return (
    <section aria-labelledby="search-title" className="search-page">
      <h1 id="search-title">Search</h1>
      <SearchForm query={results?.query ?? ''} id="search-page-q" label="Search the articles" />
      {results ? (
        <>
          <SearchResults results={results} />
          <Pagination
            page={results.page}
            pageCount={results.pageCount}
            href={(n) => paths.search(results.query, n)}
            labels={{ previous: 'Better matches', next: 'More results' }}
          />
        </>
      ) : (
        <p role="alert">Search is not available right now. Please try again in a moment.</p>
      )}
    </section>
  )
}
