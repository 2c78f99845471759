import { useDocumentOperation, type DocumentActionComponent, type DocumentActionsResolver } from 'sanity'

type WithSlug = { slug?: { current?: string }; previousSlugs?: string[] } | null | undefined

/**
 * The previous slugs after publishing `draft` over `published`: a renamed article keeps its old
 * URL in `previousSlugs`, so the site answers it with a redirect instead of a 404.
 * Returns null when nothing changes.
 */
export function previousSlugsAfterPublish(published: WithSlug, draft: WithSlug): string[] | null {
  const before = published?.slug?.current
  const after = draft?.slug?.current
  if (!before || !after || before === after) return null
  const kept = (draft?.previousSlugs ?? []).filter((slug) => slug !== after)
  return kept.includes(before) ? null : [...kept, before]
}

function withPreviousSlug(publish: DocumentActionComponent): DocumentActionComponent {
  const Action: DocumentActionComponent = (props) => {
    const original = publish(props)
    const operations = useDocumentOperation(props.id, props.type)
    if (!original) return original
    return {
      ...original,
      onHandle: () => {
        const previousSlugs = previousSlugsAfterPublish(props.published as WithSlug, props.draft as WithSlug)
        if (previousSlugs) operations.patch.execute([{ set: { previousSlugs } }])
        original.onHandle?.()
      },
    }
  }
  // Still the publish action to the Studio and to other plugins, which find built-in actions by this key.
  Action.action = publish.action
  Action.displayName = 'PublishKeepingPreviousSlug'
  return Action
}

/** Publishing an article whose slug changed records the old slug first. */
export const articleActions: DocumentActionsResolver = (previous, { schemaType }) =>
  schemaType === 'article'
    ? previous.map((action) => (action.action === 'publish' ? withPreviousSlug(action) : action))
    : previous
