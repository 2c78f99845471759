/**
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { Suspense } from 'react'
import { render, screen, within } from '@testing-library/react'
import type * as content from '@/lib/content'
import { resolveServer } from '@/test/server-render'
import SearchPage, { metadata } from './page'

// The real content layer and search index on the sample dataset.
jest.mock('@/lib/content', () => jest.requireActual('@/test/sample-content').sampleContentModule())

const search = async (q?: string | string[]) =>
  (await resolveServer(
    SearchPage({ searchParams: Promise.resolve(q === undefined ? {} : { q }) }),
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

  it('prerenders a shell (heading and an empty form) and streams the answer in; is not indexed', () => {
    // What the server sends before the query string is read: the heading, and the Suspense fallback.
    const page = SearchPage({ searchParams: new Promise(() => {}) }) as React.ReactElement<{
      children: React.ReactNode
    }>
    const [heading, boundary] = page.props.children as React.ReactElement<{ fallback?: React.ReactNode }>[]
    expect(boundary!.type).toBe(Suspense)
    render(
      <>
        {heading}
        {boundary!.props.fallback}
      </>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument()
    expect(screen.getByRole('searchbox')).toHaveValue('')
    expect(metadata.robots).toEqual({ index: false, follow: true })
  })
})
