import { useToast } from '@sanity/ui/toast'
import { useEffect, useRef } from 'react'
import type { DocumentActionComponent, DocumentActionsResolver } from 'sanity'
import { goLiveWording, scheduledFor } from './go-live'

// The published revision when the editor clicked; `waiting` while no publish was asked for.
type Clicked = { waiting: false } | { waiting: true; over: string | null }

function sayingWhenLive(publish: DocumentActionComponent): DocumentActionComponent {
  const Action: DocumentActionComponent = (props) => {
    const original = publish(props)
    const { push } = useToast()
    const clicked = useRef<Clicked>({ waiting: false })
    const { published } = props
    const publishedRev = published?._rev ?? null

    // The Studio may hold a click until validation ends, so the message waits for the new published revision.
    useEffect(() => {
      const last = clicked.current
      if (!last.waiting || last.over === publishedRev) return
      clicked.current = { waiting: false }
      const at = scheduledFor(published?.publishedAt, new Date())
      if (at) push({ status: 'info', closable: true, title: goLiveWording(at).published })
    }, [published, publishedRev, push])

    if (!original) return original
    const at = scheduledFor(props.draft?.publishedAt, new Date())
    // A disabled publish keeps the Studio's words: they say why (validation, nothing to publish, publishing now).
    const wording = at && !original.disabled ? goLiveWording(at) : null
    return {
      ...original,
      ...(wording ? { label: wording.publishLabel, title: wording.publishTitle } : {}),
      onHandle: () => {
        clicked.current = { waiting: true, over: publishedRev }
        original.onHandle?.()
      },
    }
  }
  // Still the publish action to the Studio and to other plugins, which find built-in actions by this key.
  Action.action = publish.action
  Action.displayName = 'PublishSayingWhenLive'
  return Action
}

/** An article dated ahead says on its Publish button, and after publishing, when readers will see it. */
export const goLiveActions: DocumentActionsResolver = (previous, { schemaType }) =>
  schemaType === 'article'
    ? previous.map((action) => (action.action === 'publish' ? sayingWhenLive(action) : action))
    : previous
