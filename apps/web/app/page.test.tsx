import { render, screen } from '@testing-library/react'
import * as content from '@/lib/content'
import * as editMode from '@/lib/edit-mode'
import { markFields, marksIn, readersOnly } from '@/test/edit-marks'
import { settings, summary } from '@/test/fixtures'
import HomePage, { generateMetadata } from './page'

jest.mock('@/lib/content', () => jest.requireActual('@/test/mock-content').mockContentModule())
jest.mock('@/lib/edit-mode', () => jest.requireActual('@/test/edit-marks').mockPreviewModule())
const mocked = jest.mocked(content)

describe('home page', () => {
  beforeEach(() => {
    jest.resetAllMocks()
    readersOnly(editMode.editing)
  })

  it('lists the latest articles with author and date', async () => {
    mocked.getSiteSettings.mockResolvedValue(settings)
    mocked.listArticlePage.mockResolvedValue({ items: [summary], total: 1, page: 1, pageCount: 1 })
    render(await HomePage())
    expect(screen.getByRole('heading', { level: 1, name: 'Test Blog' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Why Hills Make You Faster' })).toHaveAttribute(
      'href',
      '/articles/why-hills',
    )
    expect(screen.getByRole('link', { name: 'Sam Strider' })).toHaveAttribute('href', '/authors/sam-strider')
    expect(screen.getByText('March 14, 2026')).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Pages' })).not.toBeInTheDocument()
  })

  it('marks the site title and each card for click-to-edit in draft mode (each card its own article)', async () => {
    mocked.getSiteSettings.mockResolvedValue(settings)
    const other = { ...summary, _id: 'article-tempo', slug: 'tempo', title: 'Tempo' }
    mocked.listArticlePage.mockResolvedValue({ items: [summary, other], total: 2, page: 1, pageCount: 1 })
    const readers = render(await HomePage())
    expect(marksIn(readers.container)).toEqual([])
    readers.unmount()

    jest.mocked(editMode.editing).mockResolvedValue(markFields)
    const { container } = render(await HomePage())
    expect(screen.getByRole('link', { name: 'Tempo' }).parentElement).toHaveAttribute(
      'data-sanity',
      'article article-tempo title',
    )
    expect(marksIn(container)).toEqual(
      expect.arrayContaining([
        'siteSettings siteSettings title',
        'siteSettings siteSettings description',
        ...['coverImage', 'categories', 'title', 'excerpt'].map((path) => `article article-hills ${path}`),
        'author author-sam name',
        'article article-tempo title',
      ]),
    )
  })

  it('links to the next page when there are more articles than fit on one', async () => {
    mocked.getSiteSettings.mockResolvedValue(settings)
    mocked.listArticlePage.mockResolvedValue({ items: [summary], total: 12, page: 1, pageCount: 2 })
    render(await HomePage())
    expect(screen.getByRole('link', { name: 'Older articles' })).toHaveAttribute('href', '/page/2')
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument()
  })

  it('announces the RSS feed and sets the social card', async () => {
    mocked.getSiteSettings.mockResolvedValue(settings)
    const metadata = await generateMetadata()
    expect(metadata.alternates?.types?.['application/rss+xml']).toEqual([{ url: '/feed.xml', title: 'Test Blog' }])
    expect(metadata.openGraph).toMatchObject({ siteName: 'Test Blog', type: 'website', url: '/' })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' })
  })

  it('says so when nothing is published', async () => {
    mocked.getSiteSettings.mockResolvedValue(settings)
    mocked.listArticlePage.mockResolvedValue({ items: [], total: 0, page: 1, pageCount: 1 })
    render(await HomePage())
    expect(screen.getByText('Nothing published yet. Check back soon.')).toBeInTheDocument()
  })
})
