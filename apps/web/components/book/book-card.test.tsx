import { render, screen } from '@testing-library/react'
import { BookCard } from './book-card'
import { book } from '@/test/fixtures'

describe('BookCard', () => {
  it('shows title, subtitle, year and cover, linking to the book page', () => {
    render(<BookCard book={book} />)
    expect(screen.getByRole('heading', { level: 3, name: 'Tempo Days' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Tempo Days' })).toHaveAttribute('href', '/books/tempo-days')
    expect(screen.getByText('A year of steady running')).toBeInTheDocument()
    expect(screen.getByText('2024')).toBeInTheDocument()
    const cover = screen.getByAltText('Cover of Tempo Days')
    expect(cover.getAttribute('src')).toMatch(/^\/media\/abc-600x900\.png\?w=\d+$/)
    expect(cover).toHaveAttribute('width', '160')
    expect(cover).toHaveAttribute('height', '240')
  })

  it('renders without a cover', () => {
    render(<BookCard book={{ ...book, cover: null }} />)
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Tempo Days' })).toBeInTheDocument()
  })
})
