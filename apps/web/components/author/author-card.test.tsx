import { render, screen, within } from '@testing-library/react'
import { AuthorCard } from './author-card'
import { article } from '@/test/fixtures'

describe('AuthorCard', () => {
  it('shows the author, their credentials and their books', () => {
    const author = article.author!
    render(<AuthorCard author={author} />)
    const box = screen.getByRole('complementary', { name: 'About Sam Strider' })
    expect(within(box).getByRole('link', { name: 'Sam Strider' })).toHaveAttribute('href', '/authors/sam-strider')
    expect(within(box).getByText('Coach and writer who runs before breakfast.')).toBeInTheDocument()
    expect(within(box).getByRole('list', { name: 'Credentials' })).toHaveTextContent(
      'Certified running coach, Coaching Academy (2015)',
    )
    expect(within(box).getByRole('link', { name: 'Tempo Days' })).toHaveAttribute('href', '/books/tempo-days')
    expect(within(box).getByRole('img', { name: 'Portrait of Sam' })).toBeInTheDocument()
  })

  it('leaves out the books section for an author without books', () => {
    render(<AuthorCard author={{ ...article.author!, books: [] }} />)
    expect(screen.queryByRole('heading', { name: /Books by/ })).not.toBeInTheDocument()
  })
})
