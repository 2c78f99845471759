import { render, screen, within } from '@testing-library/react'
import { PortableBody } from './portable-body'
import { article } from '@/test/fixtures'

describe('PortableBody', () => {
  beforeEach(() => render(<PortableBody value={article.body} />))

  it('renders headings, paragraphs and lists', () => {
    expect(screen.getByRole('heading', { level: 2, name: 'Start small' })).toBeInTheDocument()
    const list = screen.getByRole('list')
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Six hills', 'Walk down'])
    expect(screen.getByText('care').tagName).toBe('STRONG')
  })

  it('renders external links and resolves internal links to site paths', () => {
    expect(screen.getByRole('link', { name: 'hill study' })).toHaveAttribute('href', 'https://example.org/hills')
    expect(screen.getByRole('link', { name: 'hill study' })).toHaveAttribute('rel', 'noopener noreferrer')
    expect(screen.getByRole('link', { name: 'my book' })).toHaveAttribute('href', '/books/tempo-days')
  })

  it('renders an internal link to an unpublished target as plain text', () => {
    expect(screen.getByText(/or the retired page with/).tagName).toBe('P')
    expect(screen.queryByRole('link', { name: 'retired page' })).not.toBeInTheDocument()
  })

  it('renders an inline image with alt text, dimensions and caption', () => {
    const img = screen.getByRole('img', { name: 'Runner cresting a hill' })
    // Shown 720 wide at the picture's own 1000:600 shape.
    expect(img).toHaveAttribute('width', '720')
    expect(img).toHaveAttribute('height', '432')
    expect(screen.getByText('The last ten metres count most.').tagName).toBe('FIGCAPTION')
  })

  it('renders callouts as notes and pull quotes with attribution', () => {
    const note = screen.getByRole('note', { name: 'Warning' })
    expect(note).toHaveTextContent('Skip hills when your calves are sore.')
    expect(screen.getByText('Hills are speed work in disguise.').closest('blockquote')).not.toBeNull()
    expect(screen.getByText('An old coach')).toBeInTheDocument()
  })
})
