import { render, screen } from '@testing-library/react'
import { summary } from '@/test/fixtures'
import { SearchResults } from './search-results'

const result = (snippet: string) => ({ ...summary, score: 3, snippet, wordCount: 880 })

describe('SearchResults', () => {
  it('marks the matched words in title and passage, and keeps markup as text', () => {
    render(
      <SearchResults
        results={{
          query: 'hill <b>',
          terms: ['hill', 'b'],
          total: 1,
          page: 1,
          pageCount: 1,
          items: [result('…a <b>hilly</b> loop, then hills…')],
        }}
      />,
    )
    const marks = [...document.querySelectorAll('mark')].map((mark) => mark.textContent)
    expect(marks).toEqual(['Hills', 'b', 'hilly', 'b', 'hills'])
    expect(document.querySelector('b')).toBeNull()
    expect(screen.getByText('4 min read')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('1 article matches “hill <b>”.')
  })

  it('says how many matched and which of them a page shows, and when none did', () => {
    const page = (n: number, items: number) => ({
      query: 'run',
      terms: ['run'],
      total: 42,
      page: n,
      pageCount: 3,
      items: Array.from({ length: items }, (_, i) => ({ ...result('run'), _id: `a${i}` })),
    })
    const { rerender } = render(<SearchResults results={page(1, 20)} />)
    expect(screen.getByRole('status')).toHaveTextContent('42 articles match “run”; 1 to 20 of them are shown here.')
    rerender(<SearchResults results={page(3, 2)} />)
    expect(screen.getByRole('status')).toHaveTextContent('42 articles match “run”; 41 to 42 of them are shown here.')
    rerender(
      <SearchResults results={{ query: 'zebra', terms: ['zebra'], total: 0, page: 1, pageCount: 1, items: [] }} />,
    )
    expect(screen.getByText('No articles match “zebra”.')).toBeInTheDocument()
  })
})
