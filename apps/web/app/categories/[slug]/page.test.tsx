/**
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { render, screen } from '@testing-library/react'
import * as editMode from '@/lib/edit-mode'
import { markFields, marksIn, readersOnly } from '@/test/edit-marks'
import { digestOf } from '@/test/mock-content'
import CategoryPage, { generateMetadata, generateStaticParams } from './page'

// The real content layer on the sample dataset.
jest.mock('@/lib/content', () => jest.requireActual('@/test/sample-content').sampleContentModule())
jest.mock('@/lib/edit-mode', () => jest.requireActual('@/test/edit-marks').mockPreviewModule())
const params = (slug: string) => ({ params: Promise.resolve({ slug }) })
beforeEach(() => readersOnly(editMode.editing))

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

  it('marks the category and each of its articles for click-to-edit in draft mode, and nothing for readers', async () => {
    const readers = render(await CategoryPage(params('nutrition')))
    expect(marksIn(readers.container)).toEqual([])
    readers.unmount()

    jest.mocked(editMode.editing).mockResolvedValue(markFields)
    const { container } = render(await CategoryPage(params('nutrition')))
    const marks = marksIn(container)
    const title = screen.getByRole('heading', { level: 1, name: 'Nutrition' }).getAttribute('data-sanity')
    expect(title).toMatch(/^category \S+ title$/)
    expect(marks).toContain(title!.replace(/title$/, 'description'))
    // One title mark per card, each naming its own article.
    const cards = marks.filter((mark) => /^article \S+ title$/.test(mark))
    expect(cards).toHaveLength(screen.getAllByRole('article').length)
    expect(new Set(cards).size).toBe(cards.length)
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
