import 'server-only'
import { createDataAttribute } from 'next-sanity'
import { noEdit, type Edit } from './click-to-edit'
import { env } from './env'
import { previewContent } from './preview'

// What pages and the layout may know of draft mode (they may not import the drafts source in ./preview): whether it
// is on, and the click-to-edit marks it brings.

/** Whether this request is a draft-mode preview (only possible on the Sanity source). */
export async function isPreviewing(): Promise<boolean> {
  return (await previewContent()) !== null
}

/**
 * Explicit attributes rather than stega (text with its source invisibly encoded in it): stega needs the Content Source
 * Maps of the hosted Content Lake, which the local lake cannot give, so offline editors would get no overlays;
 * attributes work on both, and no string the page compares, formats or puts in JSON-LD carries hidden characters.
 */
const studioFields: Edit = (type, id) => {
  const attribute = createDataAttribute({ baseUrl: env.studioUrl, type, id })
  return (path) => ({ 'data-sanity': attribute(path) })
}

/** Click-to-edit attributes while this request is a draft-mode preview, else none (lib/click-to-edit.ts). */
export async function editing(): Promise<Edit> {
  return (await isPreviewing()) ? studioFields : noEdit
}
