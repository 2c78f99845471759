/**
 * @jest-environment node
 */
import { env } from './env'
import { newestArticles, recentlyUpdated } from './prerender'

jest.mock('./env', () => ({ env: { prerenderArticles: 2, prerenderPages: 2 } }))
const mockEnv = env as { prerenderArticles: number; prerenderPages: number }

describe('newestArticles', () => {
  it('keeps the first PRERENDER_ARTICLES of a newest-first list', () => {
    expect(newestArticles(['c', 'b', 'a'])).toEqual(['c', 'b'])
  })

  it('keeps a shorter list whole', () => {
    mockEnv.prerenderArticles = 100
    expect(newestArticles(['b', 'a'])).toEqual(['b', 'a'])
  })
})

describe('recentlyUpdated', () => {
  it('keeps the PRERENDER_PAGES most recently updated, undated last', () => {
    mockEnv.prerenderPages = 2
    const rows = [
      { slug: 'old', _updatedAt: '2024-01-01T00:00:00Z' },
      { slug: 'undated', _updatedAt: null },
      { slug: 'new', _updatedAt: '2026-01-01T00:00:00Z' },
      { slug: 'mid', _updatedAt: '2025-01-01T00:00:00Z' },
    ]
    expect(recentlyUpdated(rows).map((row) => row.slug)).toEqual(['new', 'mid'])
    mockEnv.prerenderPages = 10
    expect(recentlyUpdated(rows).map((row) => row.slug)).toEqual(['new', 'mid', 'old', 'undated'])
  })
})
