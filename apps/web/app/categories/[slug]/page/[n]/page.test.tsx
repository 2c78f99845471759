import { render, screen } from '@testing-library/react'
import * as content from '@/lib/content'
import { summary } from '@/test/fixtures'
import { digestOf } from '@/test/mock-content'
import CategoryPageN, { generateStaticParams } from './page'

jest.mock('@/lib/content', () => jest.requireActual('@/test/mock-content').mockContentModule())
const mocked = jest.mocked(content)
const params = (slug: string, n: string) => ({ params: Promise.resolve({ slug, n }) })
const category = { _id: 'category-training', title: 'Training', slug: 'training', description: null }
const data = (page: number, pageCount: number) => ({
  category,
  articles: { items: [summary], total: 25, page, pageCount },
})

describe('/categories/[slug]/page/[n]', () => {
  beforeEach(() => jest.resetAllMocks())

  it('renders a later page of the category with links around it', async () => {
    mocked.getCategoryPage.mockResolvedValue(data(2, 3))
    render(await CategoryPageN(params('training', '2')))
    expect(screen.getByRole('heading', { level: 1, name: 'Training' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Newer articles' })).toHaveAttribute('href', '/categories/training')
    expect(screen.getByRole('link', { name: 'Older articles' })).toHaveAttribute('href', '/categories/training/page/3')
    expect(mocked.getCategoryPage).toHaveBeenCalledWith('training', 2)
  })

  it('answers 404 past the last page or for an unknown category, 308 from page 1', async () => {
    mocked.getCategoryPage.mockResolvedValue(data(4, 3))
    expect(await digestOf(CategoryPageN(params('training', '4')))).toMatch(/404/)
    mocked.getCategoryPage.mockResolvedValue(null)
    expect(await digestOf(CategoryPageN(params('nope', '2')))).toMatch(/404/)
    expect(await digestOf(CategoryPageN(params('training', '1')))).toMatch(
      /^NEXT_REDIRECT;replace;\/categories\/training;308;/,
    )
  })

  it('prerenders the first pages of each category', async () => {
    mocked.listCategorySlugs.mockResolvedValue([{ slug: 'training' }, { slug: 'nutrition' }])
    mocked.getCategoryPage.mockImplementation(async (slug) => data(1, slug === 'training' ? 5 : 1))
    expect(await generateStaticParams()).toEqual([
      { slug: 'training', n: '2' },
      { slug: 'training', n: '3' },
    ])
  })
})
