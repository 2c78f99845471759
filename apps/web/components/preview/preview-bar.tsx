import { LivePreview } from './live-preview'

/** Shown only in draft mode: says so, offers the way out, and connects the Studio's Presentation tool (its edits re-render the preview). */
export function PreviewBar() {
  return (
    <>
      <div className="preview-bar" role="status">
        <strong>Preview mode</strong>: you are seeing unpublished drafts.{' '}
        <a href="/api/draft-mode/disable">Exit preview</a>
      </div>
      <LivePreview />
    </>
  )
}
