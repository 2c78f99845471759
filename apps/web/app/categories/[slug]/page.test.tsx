/**
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { render, screen } from '@testing-library/react'
import { digestOf } from '@/test/mock-content'
import CategoryPage, { generateMetadata, generateStaticParams } from './page'

// The real content layer on the sample dataset.
jest.mock('@/lib/content', () => jest.requireActual('@/test/sample-content').sampleContentModule())
const params = (slug: string) => ({ params: Promise.resolve({ slug }) })

describe('/categories/[slug]', () => {
  it('shows the category, its description and only its articles, with reading times', async () => {
    render(await CategoryPage(params('nutrition')))
    expect(screen.getByRole('heading', { level: 1, name: 'Nutrition' })).toBeInTheDocument()
    expect(screen.getByText(/Eating and drinking around training/)).toBeInTheDocument()
    const cards = screen.getAllByRole('article')
    expect(screen.getByText(`${cards.length} articles`)).toBeInTheDocument()
    for (const card of cards) expect(card).toHaveTextContent(/Nutrition/)
    expect(screen.getAllByText(/^\d+ min read$/)).toHaveLength(cards.length)
    expect(screen.queryByRole('navigation', { name: 'Pages' })).not.toBeInTheDocument()
  })

  it('answers 404 for an unknown category, in the page and the metadata', async () => {
    expect(await digestOf(CategoryPage(params('no-such-category')))).toMatch(/404/)
    expect(await digestOf(generateMetadata(params('no-such-category')))).toMatch(/404/)
  })

  it('prerenders every category and describes it for sharing', async () => {
    expect((await generateStaticParams()).map(({ slug }) => slug)).toEqual([
      'injury-prevention',
      'nutrition',
      'recovery',
      'training',
    ])
    const metadata = await generateMetadata(params('training'))
    expect(metadata).toMatchObject({
      title: 'Training',
      alternates: { canonical: '/categories/training' },
      openGraph: { siteName: 'The Long Run' },
    })
  })
})
