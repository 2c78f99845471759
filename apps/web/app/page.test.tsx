import { render, screen } from '@testing-library/react'
import * as content from '@/lib/content'
import { settings, summary } from '@/test/fixtures'
import HomePage, { generateMetadata } from './page'

jest.mock('@/lib/content', () => jest.requireActual('@/test/mock-content').mockContentModule())
const mocked = jest.mocked(content)

describe('home page', () => {
  beforeEach(() => jest.resetAllMocks())

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
