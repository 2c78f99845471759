/**
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { render, screen, within } from '@testing-library/react'
import type * as content from '@/lib/content'
import { resolveServer } from '@/test/server-render'
import SearchPage, { metadata } from './page'

// The real content layer and search index on the sample dataset.
jest.mock('@/lib/content', () => jest.requireActual('@/test/sample-content').sampleContentModule())

const search = async (q?: string | string[], page?: string) =>
  (await resolveServer(
    SearchPage({ searchParams: Promise.resolve({ ...(q === undefined ? {} : { q }), ...(page ? { page } : {}) }) }),
  )) as React.ReactElement

describe('search page', () => {
  it('finds a known article and shows title, passage with the match, author and date', async () => {
    render(await search('foam rolling'))
    const results = screen.getByRole('list')
    const first = within(results).getAllByRole('listitem')[0] as HTMLElement
    expect(within(first).getByRole('link', { name: /foam rolling/i })).toHaveAttribute(
      'href',
      '/articles/foam-rolling-without-guesswork',
    )
    expect(first.querySelectorAll('mark').length).toBeGreaterThan(1)
    expect(within(first).getByRole('link', { name: 'Priya Raman' })).toBeInTheDocument()
    expect(first.querySelector('time')).toHaveAttribute('datetime', '2025-09-02T08:00:00Z')
    expect(screen.getByRole('status')).toHaveTextContent(/articles? match “foam rolling”/)
    expect(screen.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('foam rolling')
  })

  it('asks for words when the query is empty', async () => {
    render(await search())
    expect(screen.getByText('Type a word or two to search the articles.')).toBeInTheDocument()
  })

  const hostile = [
    '*',
    '"] | *[_type == "author"]{name}',
    '$slug',
    '((((a*)*)*)*',
    '\u0000\u202e',
    '🏃'.repeat(500),
    'x'.repeat(100_000),
    'Läufer café 跑步',
  ]
  it.each(hostile.map((q) => [q.length > 40 ? `${q.slice(0, 8)}… (${q.length} chars)` : q, q]))(
    'answers a page for %p',
    async (_name, q) => {
      render(await search(q))
      expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument()
      // Capped at 100 characters (code points: an emoji is one).
      expect(Array.from((screen.getByRole('searchbox') as HTMLInputElement).value).length).toBeLessThanOrEqual(100)
      expect(document.body.textContent).not.toMatch(/Dana Whitfield.*Priya Raman.*Tomas Lindqvist/)
    },
  )

  it('takes the first of repeated q parameters', async () => {
    render(await search(['massage', 'sleep']))
    expect(screen.getByRole('searchbox')).toHaveValue('massage')
  })

  it('shows a message, not the error page, when the source fails', async () => {
    const spy = jest
      .spyOn(jest.requireMock<typeof content>('@/lib/content'), 'searchArticles')
      .mockRejectedValueOnce(new Error('lake down'))
    const log = jest.spyOn(console, 'error').mockImplementation(() => {})
    render(await search('easy'))
    expect(screen.getByRole('alert')).toHaveTextContent('Search is not available right now')
    spy.mockRestore()
    log.mockRestore()
  })

  it('asks for the page the URL names, and links the pages with plain links that keep the query; not indexed', async () => {
    const mocked = jest.requireMock<typeof content>('@/lib/content')
    const real = await mocked.searchArticles('run')
    const spy = jest
      .spyOn(mocked, 'searchArticles')
      .mockResolvedValueOnce({ ...real, total: 45, page: 2, pageCount: 3 })
    render(await search('run', '2'))
    expect(spy).toHaveBeenCalledWith('run', 2)
    expect(screen.getByRole('status')).toHaveTextContent(`45 articles match “run”; 21 to ${20 + real.items.length}`)
    expect(screen.getByRole('link', { name: /Better matches/ })).toHaveAttribute('href', '/search?q=run')
    expect(screen.getByRole('link', { name: /More results/ })).toHaveAttribute('href', '/search?q=run&page=3')
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument()
    spy.mockRestore()
    expect(metadata.robots).toEqual({ index: false, follow: true })
  })

  it('has one search form of its own, with its own id, whatever the answer', async () => {
    for (const q of [undefined, 'easy', 'zzzzqqq']) {
      const { container, unmount } = render(await search(q))
      expect(container.querySelectorAll('#search-page-q')).toHaveLength(1)
      unmount()
    }
  })
})
