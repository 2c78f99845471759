import { render, screen } from '@testing-library/react'
import { Byline } from './byline'
import { authorSummary } from '@/test/fixtures'

describe('Byline', () => {
  it('links the author, names the publication it was written for, and shows the date and reading time', () => {
    render(
      <Byline
        author={authorSummary}
        publishedAt="2026-03-14T08:00:00Z"
        writtenFor={{ name: 'Trail Weekly', url: 'https://trail.example' }}
        readingMinutes={6}
      />,
    )
    expect(screen.getByRole('link', { name: 'Sam Strider' })).toHaveAttribute('href', '/authors/sam-strider')
    expect(screen.getByRole('link', { name: 'Trail Weekly' })).toHaveAttribute('href', 'https://trail.example')
    expect(screen.getByText('March 14, 2026')).toHaveAttribute('datetime', '2026-03-14T08:00:00Z')
    expect(screen.getByText('6 min read')).toBeInTheDocument()
    expect(screen.getByText(/for/).textContent).toMatch(/^By Sam Strider for Trail Weekly/)
  })

  it('falls back to "the editors" when the author is missing', () => {
    render(<Byline author={null} publishedAt="2026-01-01T00:00:00Z" />)
    expect(screen.getByText(/By the editors/)).toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })
})
