import { render, screen, within } from '@testing-library/react'
import * as content from '@/lib/content'
import * as editMode from '@/lib/edit-mode'
import { markFields, marksIn, readersOnly } from '@/test/edit-marks'
import { author, settings } from '@/test/fixtures'
import { digestOf } from '@/test/mock-content'
import AuthorPage, { generateMetadata } from './page'

jest.mock('@/lib/content', () => jest.requireActual('@/test/mock-content').mockContentModule())
jest.mock('@/lib/edit-mode', () => jest.requireActual('@/test/edit-marks').mockPreviewModule())
const mocked = jest.mocked(content)
const params = (slug: string) => ({ params: Promise.resolve({ slug }) })

describe('author page', () => {
  beforeEach(() => {
    jest.resetAllMocks()
    readersOnly(editMode.editing)
    mocked.getSiteSettings.mockResolvedValue(settings)
    mocked.getAuthorArticlePage.mockResolvedValue({ items: author.articles, total: 1, page: 1, pageCount: 1 })
  })

  it('marks the profile for click-to-edit in draft mode, and nothing for readers', async () => {
    mocked.getAuthor.mockResolvedValue(author)
    const readers = render(await AuthorPage(params('sam-strider')))
    expect(marksIn(readers.container)).toEqual([])
    readers.unmount()

    jest.mocked(editMode.editing).mockResolvedValue(markFields)
    const { container } = render(await AuthorPage(params('sam-strider')))
    expect(screen.getByText('Sam has coached for twenty years.')).toHaveAttribute(
      'data-sanity',
      'author author-sam bio[_key=="b"]',
    )
    expect(marksIn(container)).toEqual(
      expect.arrayContaining([
        ...['name', 'photo', 'roles', 'shortBio', 'website', 'blog', 'socialLinks[_key=="s1"]'].map(
          (path) => `author author-sam ${path}`,
        ),
        ...['bio[_key=="b"]', 'credentials[_key=="c1"]', 'specialties'].map((path) => `author author-sam ${path}`),
        'book book-tempo title',
        'article article-hills title',
      ]),
    )
  })

  it('shows the profile: bio, credentials, specialties, links, books and articles', async () => {
    mocked.getAuthor.mockResolvedValue(author)
    render(await AuthorPage(params('sam-strider')))
    expect(screen.getByRole('heading', { level: 1, name: 'Sam Strider' })).toBeInTheDocument()
    expect(screen.getByText('Sam has coached for twenty years.')).toBeInTheDocument()
    expect(screen.getByText('BSc Physical Education, State College (1995)')).toBeInTheDocument()
    expect(screen.getByText('Hill training')).toBeInTheDocument()
    const elsewhere = screen.getByRole('list', { name: 'Sam Strider elsewhere' })
    expect(within(elsewhere).getByRole('link', { name: 'Blog' })).toHaveAttribute('href', 'https://sam.example/blog')
    expect(within(elsewhere).getByRole('link', { name: 'Mastodon' })).toHaveAttribute(
      'href',
      'https://social.example/@sam',
    )
    expect(screen.getByRole('link', { name: 'Tempo Days' })).toHaveAttribute('href', '/books/tempo-days')
    expect(screen.getByRole('link', { name: 'Why Hills Make You Faster' })).toHaveAttribute(
      'href',
      '/articles/why-hills',
    )
  })

  it('says so when the author has no articles yet', async () => {
    mocked.getAuthor.mockResolvedValue({ ...author, articles: [] })
    mocked.getAuthorArticlePage.mockResolvedValue({ items: [], total: 0, page: 1, pageCount: 1 })
    render(await AuthorPage(params('sam-strider')))
    expect(screen.getByText('Sam Strider has not published an article yet.')).toBeInTheDocument()
  })

  it('answers 404 for an unknown author, in the page and in the metadata', async () => {
    mocked.getAuthor.mockResolvedValue(null)
    mocked.getAuthorArticlePage.mockResolvedValue(null)
    expect(await digestOf(AuthorPage(params('nobody')))).toMatch(/404/)
    expect(await digestOf(generateMetadata(params('nobody')))).toMatch(/404/)
  })

  it('describes the author as a schema.org Person with sameAs links and their books', async () => {
    mocked.getAuthor.mockResolvedValue(author)
    render(await AuthorPage(params('sam-strider')))
    const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}')
    const types = data['@graph'].map((node: { '@type': string }) => node['@type'])
    expect(types).toEqual(['ProfilePage', 'Person', 'Book'])
    const person = data['@graph'][1]
    expect(person).toMatchObject({ name: 'Sam Strider', url: 'http://localhost:3000/authors/sam-strider' })
    expect(person.sameAs).toEqual(['https://sam.example', 'https://sam.example/blog', 'https://social.example/@sam'])
    expect(data['@graph'][2]).toMatchObject({ name: 'Tempo Days', author: { '@id': person['@id'] } })
  })

  it('pages long article lists and offers the author feed', async () => {
    mocked.getAuthor.mockResolvedValue(author)
    mocked.getAuthorArticlePage.mockResolvedValue({ items: author.articles, total: 25, page: 1, pageCount: 3 })
    render(await AuthorPage(params('sam-strider')))
    expect(screen.getByRole('link', { name: 'Older articles' })).toHaveAttribute('href', '/authors/sam-strider/page/2')
    expect(screen.getByRole('link', { name: 'Follow Sam Strider by RSS' })).toHaveAttribute(
      'href',
      '/authors/sam-strider/feed.xml',
    )
    const metadata = await generateMetadata(params('sam-strider'))
    expect(metadata.alternates?.types?.['application/rss+xml']).toEqual([
      { url: '/authors/sam-strider/feed.xml', title: 'Articles by Sam Strider' },
    ])
    expect(metadata.openGraph).toMatchObject({ type: 'profile', siteName: 'Test Blog' })
  })
})
