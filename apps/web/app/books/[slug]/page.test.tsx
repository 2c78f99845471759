import { render, screen } from '@testing-library/react'
import * as content from '@/lib/content'
import * as editMode from '@/lib/edit-mode'
import { markFields, marksIn, readersOnly } from '@/test/edit-marks'
import { bookPage } from '@/test/fixtures'
import { digestOf } from '@/test/mock-content'
import BookPage, { generateMetadata } from './page'

jest.mock('@/lib/content', () => jest.requireActual('@/test/mock-content').mockContentModule())
jest.mock('@/lib/edit-mode', () => jest.requireActual('@/test/edit-marks').mockPreviewModule())
const mocked = jest.mocked(content)
const params = (slug: string) => ({ params: Promise.resolve({ slug }) })

describe('book page', () => {
  beforeEach(() => {
    jest.resetAllMocks()
    readersOnly(editMode.editing)
  })

  it('marks the book for click-to-edit in draft mode, and nothing for readers', async () => {
    mocked.getBook.mockResolvedValue(bookPage)
    const readers = render(await BookPage(params('tempo-days')))
    expect(marksIn(readers.container)).toEqual([])
    readers.unmount()

    jest.mocked(editMode.editing).mockResolvedValue(markFields)
    const { container } = render(await BookPage(params('tempo-days')))
    expect(marksIn(container)).toEqual(
      expect.arrayContaining([
        ...['cover', 'title', 'subtitle', 'description', 'publisher', 'isbn', 'links[_key=="l"]'].map(
          (path) => `book book-tempo ${path}`,
        ),
        'author author-sam name',
        'article article-hills title',
      ]),
    )
  })

  it('shows cover, description paragraphs, authors, facts, purchase links and mentioning articles', async () => {
    mocked.getBook.mockResolvedValue(bookPage)
    render(await BookPage(params('tempo-days')))
    expect(screen.getByRole('heading', { level: 1, name: 'Tempo Days' })).toBeInTheDocument()
    expect(screen.getByRole('img', { name: 'Cover of Tempo Days' })).toBeInTheDocument()
    expect(screen.getByText('First paragraph about steady running.').tagName).toBe('P')
    expect(screen.getByText('Second paragraph about patience.').tagName).toBe('P')
    expect(screen.getByText(/^By/, { selector: 'p.byline:not(article *)' })).toHaveTextContent('By Sam Strider')
    expect(screen.getByText('9780306406157')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Buy from the publisher' })).toHaveAttribute(
      'href',
      'https://press.example/tempo',
    )
    expect(screen.getByRole('heading', { name: 'Articles that mention Tempo Days' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Why Hills Make You Faster' })).toBeInTheDocument()
  })

  it('joins several authors with "and"', async () => {
    mocked.getBook.mockResolvedValue({
      ...bookPage,
      authors: [bookPage.authors[0]!, { ...bookPage.authors[0]!, _id: 'author-b', name: 'Bo Pace', slug: 'bo-pace' }],
    })
    render(await BookPage(params('tempo-days')))
    expect(screen.getByText(/^By/, { selector: 'p.byline:not(article *)' }).textContent).toBe(
      'By Sam Strider and Bo Pace',
    )
  })

  it('answers 404 for an unknown book, in the page and the metadata (as authors and categories do)', async () => {
    mocked.getBook.mockResolvedValue(null)
    expect(await digestOf(BookPage(params('nope')))).toMatch(/404/)
    expect(await digestOf(generateMetadata(params('nope')))).toMatch(/404/)
  })

  it('embeds Book JSON-LD with ISBN and authors', async () => {
    mocked.getBook.mockResolvedValue(bookPage)
    render(await BookPage(params('tempo-days')))
    const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}')
    expect(data).toMatchObject({
      '@type': 'Book',
      name: 'Tempo Days',
      isbn: '9780306406157',
      author: [{ '@type': 'Person', name: 'Sam Strider' }],
    })
  })
})
