/**
 * @jest-environment node
 */
import { env } from './env'
import { newestArticles } from './prerender'

jest.mock('./env', () => ({ env: { prerenderArticles: 2 } }))
const mockEnv = env as { prerenderArticles: number }

describe('newestArticles', () => {
  it('keeps the first PRERENDER_ARTICLES of a newest-first list', () => {
    expect(newestArticles(['c', 'b', 'a'])).toEqual(['c', 'b'])
  })

  it('keeps a shorter list whole', () => {
    mockEnv.prerenderArticles = 100
    expect(newestArticles(['b', 'a'])).toEqual(['b', 'a'])
  })
})
