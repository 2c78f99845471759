import { render, screen } from '@testing-library/react'
import * as content from '@/lib/content'
import { settings, summary } from '@/test/fixtures'
import HomePage from './page'

jest.mock('@/lib/content', () => jest.requireActual('@/test/mock-content').mockContentModule())
const mocked = jest.mocked(content)

describe('home page', () => {
  beforeEach(() => jest.resetAllMocks())

  it('lists the latest articles with author and date', async () => {
    mocked.getSiteSettings.mockResolvedValue(settings)
    mocked.listArticles.mockResolvedValue([summary])
    render(await HomePage())
    expect(screen.getByRole('heading', { level: 1, name: 'Test Blog' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Why Hills Make You Faster' })).toHaveAttribute('href', '/articles/why-hills')
    expect(screen.getByRole('link', { name: 'Sam Strider' })).toHaveAttribute('href', '/authors/sam-strider')
    expect(screen.getByText('March 14, 2026')).toBeInTheDocument()
  })

  it('says so when nothing is published', async () => {
    mocked.getSiteSettings.mockResolvedValue(settings)
    mocked.listArticles.mockResolvedValue([])
    render(await HomePage())
    expect(screen.getByText('Nothing published yet. Check back soon.')).toBeInTheDocument()
  })
})
