import Link from 'next/link'
import { highlightParts, SEARCH_RESULTS, type SearchResults as Results } from '@blog/schemas'
import { Byline } from '@/components/article/byline'
import { minutesForWords } from '@/lib/format'
import { paths } from '@/lib/paths'

/** The matched words, marked. */
function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlightParts(text, terms).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  )
}

/** Search results: title, a passage around the match, author and date; or a line saying there are none. */
export function SearchResults({ results }: { results: Results }) {
  if (!results.terms.length) return <p className="muted">Type a word or two to search the articles.</p>
  if (!results.total) return <p className="muted">No articles match “{results.query}”.</p>
  const shown = results.items.length
  const first = (results.page - 1) * SEARCH_RESULTS
  return (
    <>
      <p className="muted" role="status">
        {results.total === 1 ? '1 article matches' : `${results.total} articles match`} “{results.query}”
        {results.total > shown ? `; ${shown ? `${first + 1} to ${first + shown}` : 'none'} of them are shown here` : ''}
        .
      </p>
      <ol className="search-results" role="list">
        {results.items.map((item) => (
          <li key={item._id} className="search-result">
            <h2 className="search-result__title">
              <Link href={paths.article(item.slug)}>
                <Highlighted text={item.title} terms={results.terms} />
              </Link>
            </h2>
            <p className="search-result__snippet">
              <Highlighted text={item.snippet} terms={results.terms} />
            </p>
            <Byline
              author={item.author}
              publishedAt={item.publishedAt}
              readingMinutes={item.wordCount ? minutesForWords(item.wordCount) : undefined}
            />
          </li>
        ))}
      </ol>
    </>
  )
}
