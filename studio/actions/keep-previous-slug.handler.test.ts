/**
 * The publish wrapper as the Studio runs it: Studio 6 calls each action component with the document's
 * props and calls `onHandle` on a click. `useDocumentOperation` is the Studio's hook; here it records patches.
 */
import { jest } from '@jest/globals'
import type { DocumentActionComponent, DocumentActionDescription, DocumentActionProps } from 'sanity'

const calls: string[] = []
const patches: unknown[] = []
const useDocumentOperation = jest.fn(() => ({
  patch: { execute: (patch: unknown) => (calls.push('patch'), patches.push(patch)) },
}))
jest.unstable_mockModule('sanity', () => ({ useDocumentOperation }))
const { articleActions } = await import('./keep-previous-slug')

const action = (name: string, result: DocumentActionDescription | null) =>
  Object.assign(() => result, { action: name }) as unknown as DocumentActionComponent
const publish = action('publish', { label: 'Publish', onHandle: () => calls.push('publish') })
const unpublish = action('unpublish', { label: 'Unpublish', onHandle: () => calls.push('unpublish') })

const props = (published: string | null, draft: string, previousSlugs?: string[]) =>
  ({
    id: 'article-1',
    type: 'article',
    published: published ? { _id: 'article-1', slug: { current: published } } : null,
    draft: { _id: 'drafts.article-1', slug: { current: draft }, previousSlugs },
  }) as unknown as DocumentActionProps

function click(actions: DocumentActionComponent[], documentProps: DocumentActionProps) {
  const wrapped = actions.find((a) => a.action === 'publish')!
  const description = wrapped(documentProps) as DocumentActionDescription
  description.onHandle?.()
  return description
}

beforeEach(() => {
  calls.length = 0
  patches.length = 0
})

describe('publishing an article', () => {
  const actions = articleActions([publish, unpublish], { schemaType: 'article' } as never)

  it('wraps only the publish action, which stays "publish" to the Studio and keeps its label', () => {
    expect(actions[0]).not.toBe(publish)
    expect(actions[0]!.action).toBe('publish')
    expect(actions[1]).toBe(unpublish)
    expect(click(actions, props('old', 'new')).label).toBe('Publish')
  })

  it('records the old slug before the Studio publishes a renamed article', () => {
    click(actions, props('old', 'new', ['older']))
    expect(useDocumentOperation).toHaveBeenCalledWith('article-1', 'article')
    expect(patches).toEqual([[{ set: { previousSlugs: ['older', 'old'] } }]])
    expect(calls).toEqual(['patch', 'publish'])
  })

  it('publishes without a patch when the slug is unchanged or the article is new', () => {
    click(actions, props('same', 'same'))
    click(actions, props(null, 'first'))
    expect(patches).toEqual([])
    expect(calls).toEqual(['publish', 'publish'])
  })

  it('stays hidden when the Studio hides publish (nothing to publish)', () => {
    const hidden = articleActions([action('publish', null)], { schemaType: 'article' } as never)
    expect(hidden[0]!(props('old', 'new'))).toBeNull()
  })

  it('leaves the actions of other types alone', () => {
    expect(articleActions([publish, unpublish], { schemaType: 'author' } as never)).toEqual([publish, unpublish])
  })
})
