import type { Metadata } from 'next'
import { Suspense } from 'react'
import type { SearchResults as Results } from '@blog/schemas'
import { SearchForm } from '@/components/search/search-form'
import { SearchResults } from '@/components/search/search-results'
import { searchArticles } from '@/lib/content'

// The shell (heading, an empty form) is prerendered; the answer, which depends on the query string, is rendered per
// request and streamed in.

export const metadata: Metadata = {
  title: 'Search',
  robots: { index: false, follow: true },
  alternates: { canonical: '/search' },
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function SearchPage({ searchParams }: Props) {
  return (
    <section aria-labelledby="search-title" className="search-page">
      <h1 id="search-title">Search</h1>
      <Suspense fallback={<SearchForm query="" id="search-page-q" label="Search the articles" />}>
        <SearchAnswer searchParams={searchParams} />
      </Suspense>
    </section>
  )
}

export async function SearchAnswer({ searchParams }: Props) {
  const { q } = await searchParams
  let results: Results | null
  try {
    results = await searchArticles(q)
  } catch (error) {
    // A source outage shows a message on the search page rather than the error page.
    console.error(`[search] failed: ${(error as Error).message}`)
    results = null
  }
  return (
    <>
      <SearchForm query={results?.query ?? ''} id="search-page-q" label="Search the articles" />
      {results ? (
        <SearchResults results={results} />
      ) : (
        <p role="alert">Search is not available right now. Please try again in a moment.</p>
      )}
    </>
  )
}
