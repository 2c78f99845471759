import { render, screen, within } from '@testing-library/react'
import * as content from '@/lib/content'
import { author } from '@/test/fixtures'
import { digestOf } from '@/test/mock-content'
import AuthorPage, { generateMetadata } from './page'

jest.mock('@/lib/content', () => jest.requireActual('@/test/mock-content').mockContentModule())
const mocked = jest.mocked(content)
const params = (slug: string) => ({ params: Promise.resolve({ slug }) })

describe('author page', () => {
  beforeEach(() => jest.resetAllMocks())

  it('shows the profile: bio, credentials, specialties, links, books and articles', async () => {
    mocked.getAuthor.mockResolvedValue(author)
    render(await AuthorPage(params('sam-strider')))
    expect(screen.getByRole('heading', { level: 1, name: 'Sam Strider' })).toBeInTheDocument()
    expect(screen.getByText('Sam has coached for twenty years.')).toBeInTheDocument()
    expect(screen.getByText('BSc Physical Education, State College (1995)')).toBeInTheDocument()
    expect(screen.getByText('Hill training')).toBeInTheDocument()
    const elsewhere = screen.getByRole('list', { name: 'Sam Strider elsewhere' })
    expect(within(elsewhere).getByRole('link', { name: 'Blog' })).toHaveAttribute('href', 'https://sam.example/blog')
    expect(within(elsewhere).getByRole('link', { name: 'Mastodon' })).toHaveAttribute('href', 'https://social.example/@sam')
    expect(screen.getByRole('link', { name: 'Tempo Days' })).toHaveAttribute('href', '/books/tempo-days')
    expect(screen.getByRole('link', { name: 'Why Hills Make You Faster' })).toHaveAttribute('href', '/articles/why-hills')
  })

  it('says so when the author has no articles yet', async () => {
    mocked.getAuthor.mockResolvedValue({ ...author, articles: [] })
    render(await AuthorPage(params('sam-strider')))
    expect(screen.getByText('Sam Strider has not published an article yet.')).toBeInTheDocument()
  })

  it('answers 404 for an unknown author, in the page and in the metadata', async () => {
    mocked.getAuthor.mockResolvedValue(null)
    expect(await digestOf(AuthorPage(params('nobody')))).toMatch(/404/)
    expect(await generateMetadata(params('nobody'))).toEqual({})
  })
})
