/**
 * The publish wrapper as the Studio runs it: Studio 6 calls each action component with the document's props on
 * every change (a render), runs its effects, and calls `onHandle` on a click. React's hooks are replaced by a
 * minimal stand-in that keeps refs between renders and runs every effect after each one; toasts are recorded.
 */
import { jest } from '@jest/globals'
import type { DocumentActionComponent, DocumentActionDescription, DocumentActionProps } from 'sanity'

const toasts: { title?: unknown; status?: string }[] = []
const clicks: string[] = []
let refs: { current: unknown }[] = []
let refIndex = 0
let effects: (() => void)[] = []
jest.unstable_mockModule('react', () => ({
  useRef: (initial: unknown) => (refs[refIndex++] ??= { current: initial }),
  useEffect: (effect: () => void) => void effects.push(effect),
}))
const push = (toast: (typeof toasts)[number]) => (toasts.push(toast), 'toast')
jest.unstable_mockModule('@sanity/ui/toast', () => ({ useToast: () => ({ push }) }))
const { goLiveActions } = await import('./publish-go-live')

const DAY = 24 * 60 * 60 * 1000
const future = new Date(Date.now() + 2 * DAY).toISOString()
const past = new Date(Date.now() - 2 * DAY).toISOString()

const action = (name: string, result: DocumentActionDescription | null) =>
  Object.assign(() => result, { action: name }) as unknown as DocumentActionComponent
const publish = action('publish', { label: 'Publish', title: '', onHandle: () => clicks.push('publish') })
const duplicate = action('duplicate', { label: 'Duplicate' })

const props = (draftAt: string | null, published: { rev: string; at: string } | null) =>
  ({
    id: 'article-1',
    type: 'article',
    draft: draftAt ? { _id: 'drafts.article-1', _rev: 'd1', publishedAt: draftAt } : null,
    published: published ? { _id: 'article-1', _rev: published.rev, publishedAt: published.at } : null,
  }) as unknown as DocumentActionProps

function render(component: DocumentActionComponent, documentProps: DocumentActionProps) {
  refIndex = 0
  effects = []
  const description = component(documentProps)
  for (const effect of effects) effect()
  return description
}

beforeEach(() => {
  toasts.length = 0
  clicks.length = 0
  refs = []
})

describe('publishing an article dated ahead', () => {
  const [wrapped, other] = goLiveActions([publish, duplicate], { schemaType: 'article' } as never)

  it('wraps only publish, which stays "publish" to the Studio', () => {
    expect(wrapped).not.toBe(publish)
    expect(wrapped!.action).toBe('publish')
    expect(other).toBe(duplicate)
    expect(goLiveActions([publish], { schemaType: 'author' } as never)).toEqual([publish])
  })

  it('says on the button when readers will see it', () => {
    const description = render(wrapped!, props(future, null))
    expect(description?.label).toMatch(/^Publish \(live \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\)$/)
    expect(description?.title).toMatch(/^Readers will see it on \w{3}, \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \S+$/)
  })

  it('leaves the button alone for an article dated in the past, and when the Studio disables it', () => {
    expect(render(wrapped!, props(past, null))).toMatchObject({ label: 'Publish', title: '' })
    const disabled = action('publish', { label: 'Publishing…', title: 'Busy', disabled: true })
    const [held] = goLiveActions([disabled], { schemaType: 'article' } as never)
    expect(render(held!, props(future, null))).toMatchObject({ label: 'Publishing…', title: 'Busy' })
  })

  it('publishes on a click, then says when readers will see it once the new version is published', () => {
    render(wrapped!, props(future, { rev: 'p1', at: past }))!.onHandle!()
    expect(clicks).toEqual(['publish'])
    // Still the old published revision: nothing to say yet.
    render(wrapped!, props(future, { rev: 'p1', at: past }))
    expect(toasts).toEqual([])
    render(wrapped!, props(null, { rev: 'p2', at: future }))
    expect(toasts).toEqual([
      { status: 'info', closable: true, title: expect.stringMatching(/^Scheduled: readers will see it on /) },
    ])
    // Said once.
    render(wrapped!, props(null, { rev: 'p2', at: future }))
    expect(toasts).toHaveLength(1)
  })

  it('says nothing after publishing an article dated in the past, or a publish nobody clicked', () => {
    render(wrapped!, props(past, null))!.onHandle!()
    render(wrapped!, props(null, { rev: 'p1', at: past }))
    render(wrapped!, props(null, { rev: 'p2', at: future }))
    expect(toasts).toEqual([])
  })

  it('stays hidden when the Studio hides publish', () => {
    const [hidden] = goLiveActions([action('publish', null)], { schemaType: 'article' } as never)
    expect(render(hidden!, props(future, null))).toBeNull()
  })
})
