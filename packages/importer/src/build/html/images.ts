import type { ArbitraryTypedObject, TypedObject } from '@portabletext/block-tools'
import { shorten, type Context } from './context.ts'
import { hasContent } from './dom.ts'
import { asArray, blockOf, tidyText, type CreateBlock, type Next } from './rule-parts.ts'
import { imageSource, isImageFile, linkTarget } from './urls.ts'

/** The image block for an `<img>`, its source kept aside for the import to fetch; undefined (and a note) if unusable. */
export function imageBlock(img: Element, context: Context, caption?: string): ArbitraryTypedObject | undefined {
  const link = img.getAttribute('data-import-link') ?? img.closest('a[href]')?.getAttribute('href') ?? undefined
  const { url, rejected } = imageSource(img, link)
  if (!url) {
    context.notes.add(
      rejected
        ? `image "${shorten(rejected)}" was left out: only http(s), site-relative and relative addresses can be imported`
        : 'an image without an address (src) was left out',
    )
    return undefined
  }
  const target = link ? linkTarget(link, context.options.siteUrl) : undefined
  // A link to the image's own file or to the old site (WordPress's attachment page) is only a way to enlarge it.
  if (target && !isImageFile(target.href) && !target.ownSite)
    context.notes.add(
      `image ${shorten(url)} linked to ${shorten(target.href)}: the link was left out (body images are not links)`,
    )
  const key = context.nextKey()
  context.images.set(key, url)
  const alt = tidyText(img.getAttribute('alt'))
  return { _type: 'image', _key: key, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}) }
}

export function figure(element: Element, context: Context, next: Next, createBlock: CreateBlock) {
  const images = Array.from(element.querySelectorAll('img'))
  if (images.length === 0) return undefined
  const result: TypedObject[] = []
  for (const img of images) {
    const own = img.closest('figure')
    // A figure of several images is a gallery: its caption is about all of them, so it follows as a paragraph.
    const single = own?.querySelectorAll('img').length === 1
    const caption = single
      ? Array.from(own?.children ?? []).find((child) => child.localName === 'figcaption')
      : undefined
    const block = imageBlock(img, context, tidyText(caption?.textContent) || undefined)
    if (block) result.push(createBlock(block))
  }
  for (const caption of Array.from(element.querySelectorAll('figcaption'))) {
    if ((caption.parentElement?.querySelectorAll('img').length ?? 0) > 1 && hasContent([caption]))
      result.push(blockOf(asArray(next(caption.childNodes))))
  }
  return result
}
