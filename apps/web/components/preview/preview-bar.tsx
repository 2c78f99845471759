import { LivePreview } from './live-preview'

/** Shown only in draft mode: says so, offers the way out, and connects the Studio's Presentation tool (its edits re-render the preview). */
export function PreviewBar() {
  return (
    <>
      <div className="preview-bar" role="status">
        <strong>Preview mode</strong>: you are seeing unpublished drafts.{' '}
        {/* A route handler, not a page: a full request, never a client navigation. (The rule takes it for a page since
            the catch-all app/[...path] matches every path.) */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/api/draft-mode/disable">Exit preview</a>
      </div>
      <LivePreview />
    </>
  )
}
