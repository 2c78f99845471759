import { digestOf } from '@/test/mock-content'
import { pageFromParam, pageParams, pageTitle } from './pagination'

describe('pagination', () => {
  it('reads page numbers from 2 up', () => {
    expect(pageFromParam('2', '/')).toBe(2)
    expect(pageFromParam('120', '/')).toBe(120)
  })

  it('sends /page/1 to the first page and answers 404 for anything that is not a page number', async () => {
    expect(await digestOf(Promise.resolve().then(() => pageFromParam('1', '/categories/x')))).toMatch(
      /^NEXT_REDIRECT;replace;\/categories\/x;308;/,
    )
    for (const raw of ['0', '01', '-1', 'two', '2.5', '1e3', '9999999', '']) {
      expect(await digestOf(Promise.resolve().then(() => pageFromParam(raw, '/')))).toMatch(
        /NEXT_HTTP_ERROR_FALLBACK;404/,
      )
    }
  })

  it('prerenders the first pages only', () => {
    expect(pageParams(1)).toEqual([])
    expect(pageParams(2)).toEqual([{ n: '2' }])
    expect(pageParams(40)).toEqual([{ n: '2' }, { n: '3' }])
    expect(pageTitle('Training', 1)).toBe('Training')
    expect(pageTitle('Training', 3)).toBe('Training, page 3')
  })
})
