import { render, screen } from '@testing-library/react'
import * as content from '@/lib/content'
import { author, summary } from '@/test/fixtures'
import { digestOf } from '@/test/mock-content'
import AuthorArticlesPage, { generateMetadata } from './page'

jest.mock('@/lib/content', () => jest.requireActual('@/test/mock-content').mockContentModule())
const mocked = jest.mocked(content)
const params = (slug: string, n: string) => ({ params: Promise.resolve({ slug, n }) })

describe('/authors/[slug]/page/[n]', () => {
  beforeEach(() => {
    jest.resetAllMocks()
    mocked.getAuthor.mockResolvedValue(author)
  })

  it("renders a later page of the author's articles", async () => {
    mocked.getAuthorArticlePage.mockResolvedValue({ items: [summary], total: 21, page: 3, pageCount: 3 })
    render(await AuthorArticlesPage(params('sam-strider', '3')))
    expect(screen.getByRole('heading', { level: 1, name: 'Articles by Sam Strider' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Newer articles' })).toHaveAttribute('href', '/authors/sam-strider/page/2')
    expect(screen.queryByRole('link', { name: 'Older articles' })).not.toBeInTheDocument()
    expect(await generateMetadata(params('sam-strider', '3'))).toEqual({
      title: 'Articles by Sam Strider, page 3',
      alternates: { canonical: '/authors/sam-strider/page/3' },
    })
  })

  it('answers 404 past the last page and for an unknown author, 308 from page 1', async () => {
    mocked.getAuthorArticlePage.mockResolvedValue({ items: [], total: 3, page: 2, pageCount: 1 })
    expect(await digestOf(AuthorArticlesPage(params('sam-strider', '2')))).toMatch(/404/)
    mocked.getAuthor.mockResolvedValue(null)
    mocked.getAuthorArticlePage.mockResolvedValue(null)
    expect(await digestOf(AuthorArticlesPage(params('nobody', '2')))).toMatch(/404/)
    expect(await digestOf(AuthorArticlesPage(params('sam-strider', '1')))).toMatch(
      /^NEXT_REDIRECT;replace;\/authors\/sam-strider;308;/,
    )
  })
})
