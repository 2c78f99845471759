import { render, screen } from '@testing-library/react'
import * as content from '@/lib/content'
import { article } from '@/test/fixtures'
import { digestOf } from '@/test/mock-content'
import ArticlePage, { generateMetadata, generateStaticParams } from './page'

jest.mock('@/lib/content', () => jest.requireActual('@/test/mock-content').mockContentModule())
const mocked = jest.mocked(content)
const params = (slug: string) => ({ params: Promise.resolve({ slug }) })

describe('article page', () => {
  beforeEach(() => jest.resetAllMocks())

  it('renders the article with byline, written-for line, author box and related books', async () => {
    mocked.getArticle.mockResolvedValue(article)
    render(await ArticlePage(params('why-hills')))
    expect(screen.getByRole('heading', { level: 1, name: 'Why Hills Make You Faster' })).toBeInTheDocument()
    expect(screen.getAllByRole('link', { name: 'Sam Strider' })[0]).toHaveAttribute('href', '/authors/sam-strider')
    expect(screen.getByRole('link', { name: 'Trail Weekly' })).toBeInTheDocument()
    expect(screen.getByRole('complementary', { name: 'About Sam Strider' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Related books' })).toBeInTheDocument()
    expect(screen.getByRole('img', { name: 'A steep road at sunrise' })).toHaveAttribute('loading', 'eager')
    expect(mocked.getArticle).toHaveBeenCalledWith('why-hills')
  })

  it('answers 404 for a missing article', async () => {
    mocked.getArticle.mockResolvedValue(null)
    mocked.getArticleRedirect.mockResolvedValue(null)
    expect(await digestOf(ArticlePage(params('nope')))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/)
  })

  it('redirects permanently (308) from a previous slug to the current one', async () => {
    mocked.getArticle.mockResolvedValue(null)
    mocked.getArticleRedirect.mockResolvedValue('why-hills')
    expect(await digestOf(ArticlePage(params('old-hills')))).toMatch(/^NEXT_REDIRECT;replace;\/articles\/why-hills;308;/)
  })

  it('builds metadata with a canonical path and Open Graph image', async () => {
    mocked.getArticle.mockResolvedValue(article)
    const metadata = await generateMetadata(params('why-hills'))
    expect(metadata.title).toBe('Why Hills Make You Faster')
    expect(metadata.alternates?.canonical).toBe('/articles/why-hills')
    expect(metadata.openGraph).toMatchObject({ type: 'article', images: [{ alt: 'A steep road at sunrise' }] })
  })

  it('prerenders every published slug', async () => {
    mocked.listArticleSlugs.mockResolvedValue([{ slug: 'a' }, { slug: 'b' }])
    expect(await generateStaticParams()).toEqual([{ slug: 'a' }, { slug: 'b' }])
  })
})
