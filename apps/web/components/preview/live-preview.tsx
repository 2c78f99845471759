'use client'

import { useRouter } from 'next/navigation'
import { VisualEditing } from 'next-sanity/visual-editing'
import { useCallback } from 'react'

/**
 * The Presentation tool's connection, with the preview following the editor: on every change the Studio reports
 * (an edit in its document pane, or its reload button) the page's server components render again from the drafts.
 * next-sanity refreshes on edits only together with its live-content component, which this site does not use.
 * The returned promise tells the Studio when it may ask again, so a burst of keystrokes makes a few renders, not one each.
 */
export function LivePreview() {
  const router = useRouter()
  const refresh = useCallback(() => {
    router.refresh()
    return new Promise<void>((resolve) => setTimeout(resolve, 500))
  }, [router])
  return <VisualEditing refresh={refresh} />
}
