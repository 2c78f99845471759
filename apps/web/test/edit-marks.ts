import { noEdit, type Edit } from '@/lib/click-to-edit'

/**
 * jest.mock factory for '@/lib/edit-mode' in page tests: `editing()` is a mock that answers `noEdit` (readers) after
 * `readersOnly()`, or `markFields` when a test says so. The real attribute format is lib/draft-mode.test.ts's
 * business; a page only chooses the document and path of each mark.
 */
export function mockPreviewModule() {
  return { editing: jest.fn() }
}

/** For beforeEach, after jest.resetAllMocks(): the page renders as readers get it. */
export function readersOnly(editing: unknown) {
  jest.mocked(editing as () => Promise<Edit>).mockResolvedValue(noEdit)
}

/** A readable stand-in for the Studio's attributes: `type id path`. */
export const markFields: Edit = (type, id) => (path) => ({ 'data-sanity': `${type} ${id} ${path}` })

/** Every click-to-edit mark on the rendered page, in document order. */
export const marksIn = (container: HTMLElement): string[] =>
  [...container.querySelectorAll('[data-sanity]')].map((element) => element.getAttribute('data-sanity') ?? '')
