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

  it('says how many matched when only the best are shown, and when none did', () => {
    const { rerender } = render(
      <SearchResults results={{ query: 'run', terms: ['run'], total: 42, items: [result('run')] }} />,
    )
    expect(screen.getByRole('status')).toHaveTextContent('42 articles match “run”; the best 1 are shown.')
    rerender(<SearchResults results={{ query: 'zebra', terms: ['zebra'], total: 0, items: [] }} />)
    expect(screen.getByText('No articles match “zebra”.')).toBeInTheDocument()
  })
})
