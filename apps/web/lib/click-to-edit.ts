/**
 * Click-to-edit in the Studio's Presentation tool. In draft mode each element an editor can change carries a
 * `data-sanity` attribute naming its document and field (next-sanity's createDataAttribute, made in lib/draft-mode.ts);
 * the overlays of <VisualEditing> outline it, and a click opens that field beside the preview. For readers every
 * mark is empty, so the page is byte for byte what it was.
 */

/** The document types a page shows. */
export type EditableType = 'article' | 'author' | 'book' | 'category' | 'siteSettings'

/**
 * What marks an element as one field: `{ 'data-sanity': '…' }` in draft mode, and for readers an empty object, spread
 * onto the element (`<h1 {...field('title')}>`) so that nothing is written, not even an undefined prop in the RSC
 * payload.
 */
export type Mark = { 'data-sanity'?: string }

/** The mark of one field of one document, by its path (`title`, `body[_key=="a1"]`). */
export type Field = (path: string) => Mark

/** A document's fields: `edit('article', article._id)('title')`. */
export type Edit = (type: EditableType, id: string) => Field

const unmarked: Mark = {}

/** Every document's fields on readers' pages: one function, so a component can tell it apart and skip its marks. */
export const unmarkedField: Field = () => unmarked

/** Readers' pages: no attribute anywhere. */
export const noEdit: Edit = () => unmarkedField

/** The path of one item of an array field, by its key: `keyed('body', 'a1')` is `body[_key=="a1"]`. */
export const keyed = (field: string, key: string) => `${field}[_key=="${key}"]`
