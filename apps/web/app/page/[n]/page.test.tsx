import { render, screen } from '@testing-library/react'
import * as content from '@/lib/content'
import { summary } from '@/test/fixtures'
import { digestOf } from '@/test/mock-content'
import ArticlesPage, { generateMetadata, generateStaticParams } from './page'

jest.mock('@/lib/content', () => jest.requireActual('@/test/mock-content').mockContentModule())
const mocked = jest.mocked(content)
const params = (n: string) => ({ params: Promise.resolve({ n }) })
const pageOf = (page: number, pageCount: number) => ({ items: [summary], total: pageCount * 10, page, pageCount })

describe('/page/[n]', () => {
  beforeEach(() => jest.resetAllMocks())

  it('renders a middle page with links to newer and older articles', async () => {
    mocked.listArticlePage.mockResolvedValue(pageOf(2, 3))
    render(await ArticlesPage(params('2')))
    expect(screen.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Pages' })
    expect(nav).toHaveTextContent('Page 2 of 3')
    expect(screen.getByRole('link', { name: 'Newer articles' })).toHaveAttribute('href', '/')
    expect(screen.getByRole('link', { name: 'Older articles' })).toHaveAttribute('href', '/page/3')
    expect(screen.getByRole('link', { name: 'Why Hills Make You Faster' })).toBeInTheDocument()
    expect(mocked.listArticlePage).toHaveBeenCalledWith(2)
  })

  it('has no older link on the last page', async () => {
    mocked.listArticlePage.mockResolvedValue(pageOf(3, 3))
    render(await ArticlesPage(params('3')))
    expect(screen.getByRole('link', { name: 'Newer articles' })).toHaveAttribute('href', '/page/2')
    expect(screen.queryByRole('link', { name: 'Older articles' })).not.toBeInTheDocument()
  })

  it('answers 404 past the last page and for non-numbers, and 308 from /page/1 to the home page', async () => {
    mocked.listArticlePage.mockResolvedValue(pageOf(4, 3))
    expect(await digestOf(ArticlesPage(params('4')))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/)
    expect(await digestOf(ArticlesPage(params('two')))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/)
    expect(await digestOf(ArticlesPage(params('02')))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/)
    expect(await digestOf(ArticlesPage(params('1')))).toMatch(/^NEXT_REDIRECT;replace;\/;308;/)
  })

  it('prerenders the first pages, and titles and canonicalises each page', async () => {
    mocked.listArticlePage.mockResolvedValue(pageOf(1, 9))
    expect(await generateStaticParams()).toEqual([{ n: '2' }, { n: '3' }])
    expect(await generateMetadata(params('5'))).toEqual({
      title: 'Latest articles, page 5',
      alternates: { canonical: '/page/5' },
    })
  })
})
