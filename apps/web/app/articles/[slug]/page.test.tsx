import { render, screen } from '@testing-library/react'
import * as content from '@/lib/content'
import * as editMode from '@/lib/edit-mode'
import { markFields, marksIn, readersOnly } from '@/test/edit-marks'
import { article, settings, summary } from '@/test/fixtures'
import { digestOf } from '@/test/mock-content'
import ArticlePage, { generateMetadata, generateStaticParams } from './page'

jest.mock('@/lib/content', () => jest.requireActual('@/test/mock-content').mockContentModule())
jest.mock('@/lib/edit-mode', () => jest.requireActual('@/test/edit-marks').mockPreviewModule())
const mocked = jest.mocked(content)
const params = (slug: string) => ({ params: Promise.resolve({ slug }) })

describe('article page', () => {
  beforeEach(() => {
    jest.resetAllMocks()
    readersOnly(editMode.editing)
    mocked.getSiteSettings.mockResolvedValue(settings)
    mocked.listRelatedArticles.mockResolvedValue([])
  })

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

  it('marks every part an editor can change for click-to-edit in draft mode, and nothing for readers', async () => {
    mocked.getArticle.mockResolvedValue(article)
    mocked.listRelatedArticles.mockResolvedValue([{ ...summary, _id: 'article-tempo', slug: 'tempo', title: 'Tempo' }])
    const readers = render(await ArticlePage(params('why-hills')))
    expect(marksIn(readers.container)).toEqual([])
    readers.unmount()

    jest.mocked(editMode.editing).mockResolvedValue(markFields)
    const { container } = render(await ArticlePage(params('why-hills')))
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('data-sanity', 'article article-hills title')
    expect(screen.getByText('Start small')).toHaveAttribute('data-sanity', 'article article-hills body[_key=="h"]')
    expect(marksIn(container)).toEqual(
      expect.arrayContaining([
        ...['categories', 'title', 'excerpt', 'coverImage', 'tags'].map((path) => `article article-hills ${path}`),
        // Each body block by its key: heading, paragraph, list items, image, callout, pull quote.
        ...['h', 'p', 'li1', 'li2', 'img', 'co', 'pq'].map((key) => `article article-hills body[_key=="${key}"]`),
        // The author box opens the author; the related book and article open themselves.
        ...['name', 'photo', 'shortBio', 'roles', 'credentials[_key=="c1"]'].map((path) => `author author-sam ${path}`),
        'book book-tempo title',
        'book book-tempo cover',
        'article article-tempo title',
        'article article-tempo excerpt',
      ]),
    )
  })

  it('answers 404 for a missing article', async () => {
    mocked.getArticle.mockResolvedValue(null)
    mocked.getArticleRedirect.mockResolvedValue(null)
    expect(await digestOf(ArticlePage(params('nope')))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/)
  })

  it('redirects permanently (308) from a previous slug to the current one', async () => {
    mocked.getArticle.mockResolvedValue(null)
    mocked.getArticleRedirect.mockResolvedValue('why-hills')
    expect(await digestOf(ArticlePage(params('old-hills')))).toMatch(
      /^NEXT_REDIRECT;replace;\/articles\/why-hills;308;/,
    )
  })

  it('builds metadata with a canonical path, Open Graph and a Twitter card (the image is generated)', async () => {
    mocked.getArticle.mockResolvedValue(article)
    const metadata = await generateMetadata(params('why-hills'))
    expect(metadata.title).toBe('Why Hills Make You Faster')
    expect(metadata.alternates?.canonical).toBe('/articles/why-hills')
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      siteName: 'Test Blog',
      publishedTime: '2026-03-14T08:00:00Z',
      tags: ['hills'],
    })
    expect(metadata.openGraph).not.toHaveProperty('images')
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title: 'Why Hills Make You Faster' })
  })

  it('prerenders every published slug', async () => {
    mocked.listArticleSlugs.mockResolvedValue([{ slug: 'a' }, { slug: 'b' }])
    expect(await generateStaticParams()).toEqual([{ slug: 'a' }, { slug: 'b' }])
  })

  it('links categories, shows reading time from the word count, and lists related articles', async () => {
    mocked.getArticle.mockResolvedValue({ ...article, wordCount: 1320 })
    mocked.listRelatedArticles.mockResolvedValue([
      { ...summary, _id: 'article-tempo', slug: 'tempo-runs', title: 'Tempo runs, gently' },
    ])
    render(await ArticlePage(params('why-hills')))
    expect(screen.getByRole('list', { name: 'Categories' })).toHaveTextContent('Training')
    expect(screen.getByRole('link', { name: 'Training' })).toHaveAttribute('href', '/categories/training')
    expect(screen.getAllByText('6 min read').length).toBeGreaterThan(0)
    expect(screen.getByRole('heading', { name: 'Related articles' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Tempo runs, gently' })).toHaveAttribute('href', '/articles/tempo-runs')
    expect(mocked.listRelatedArticles).toHaveBeenCalledWith('why-hills')
  })

  it('embeds Article JSON-LD with the author as a Person and the publication as publisher', async () => {
    mocked.getArticle.mockResolvedValue({ ...article, title: 'Hills </script><script>alert(1)</script>' })
    render(await ArticlePage(params('why-hills')))
    const script = document.querySelector('script[type="application/ld+json"]')
    expect(script?.innerHTML).not.toContain('</script>')
    const data = JSON.parse(script?.textContent ?? '{}')
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Hills </script><script>alert(1)</script>',
      datePublished: '2026-03-14T08:00:00Z',
      author: { '@type': 'Person', name: 'Sam Strider', url: 'http://localhost:3000/authors/sam-strider' },
      publisher: { '@type': 'Organization', name: 'Test Blog', url: 'https://blog.example' },
    })
    expect(data.image[0]).toMatch(/^http:\/\/localhost:3000\/media\//)
  })
})
