/**
 * The parts of an article every source has in common: its categories, its images (cover and body) and the addresses it
 * had on the old site.
 */
import { isSitePath, normalizeOldPath } from '@blog/schemas'
import type { SourceCategory, SourceImage } from '../sources/types.ts'
import { cleanText, fileNameWords, slugify, stableKey } from '../text.ts'
import type { Collected, ImageSource, Lookup, Media } from '../types.ts'
import type { Body } from './portable-text.ts'

const reference = (ref: string) => ({ _type: 'reference' as const, _ref: ref })

/**
 * One category document per title (an existing one matched by title keeps its id and fields), and the article's
 * references to them. The model has no nesting: a child category of the export is a category of its own.
 */
export function categoriesFor(
  articleId: string,
  titles: string[],
  known: SourceCategory[],
  lookup: Pick<Lookup, 'findCategory'>,
  into: Collected,
): { _type: 'reference'; _ref: string; _key: string }[] {
  const refs: { _type: 'reference'; _ref: string; _key: string }[] = []
  for (const raw of titles) {
    const title = cleanText(raw)
    const slug = slugify(title)
    if (!slug) {
      into.notes.push(`category "${raw}" left out: no letters or digits to make a slug from`)
      continue
    }
    const existing = lookup.findCategory(title)
    const source = known.find((c) => cleanText(c.title).toLowerCase() === title.toLowerCase())
    const id = existing?._id ?? `category-${slug}`
    if (refs.some((r) => r._ref === id)) continue
    const description = source?.description ? cleanText(source.description) : ''
    into.documents.push({
      _id: id,
      _type: 'category',
      title: existing?.title ?? title,
      slug: { _type: 'slug', current: existing?.slug.current ?? (slugify(source?.slug ?? '') || slug) },
      ...(description ? { description } : {}),
    })
    refs.push({ ...reference(id), _key: stableKey(articleId, 'categories', id) })
  }
  return refs
}

/** Stores one image; the reference and alt text of the image field, or undefined (with a note) when it is missing. */
export async function imageField(
  image: SourceImage,
  what: string,
  media: Media,
  from: ImageSource,
  into: Collected,
): Promise<{ _type: 'image'; asset: { _type: 'reference'; _ref: string }; alt: string } | undefined> {
  const stored = await media.image(image.url, from)
  if ('missing' in stored) {
    into.notes.push(`${what} ${image.url} left out: ${stored.missing}`)
    return undefined
  }
  if (stored.document && !into.documents.some((d) => d._id === stored.assetId)) into.documents.push(stored.document)
  let alt = cleanText(image.alt ?? '')
  if (!alt) {
    // Words of the file name are the alt text of last resort: `hill-repeats_2.jpg` -> "hill repeats 2".
    alt = cleanText(image.caption ?? '') || fileNameWords(image.url) || 'Image'
    into.notes.push(`${what} ${image.url} has no alt text: "${alt}" used; describe the image in the Studio`)
  }
  return { _type: 'image', asset: reference(stored.assetId), alt }
}

/**
 * Sets the asset of each image the converter left in the body (by `_key`), and of link cards' pictures; an image whose
 * file is missing is left out of the body with a note, a link card without its picture is kept.
 */
export async function attachBodyImages(
  body: Body,
  images: { key: string; url: string }[],
  media: Media,
  from: ImageSource,
  into: Collected,
): Promise<Body> {
  const result: Body = []
  for (const item of body) {
    const pending = images.find((image) => image.key === item._key)
    if (item._type === 'linkCard') {
      // The card's picture is a nicety: without its file the card is kept, without a picture.
      const thumbnail = pending
        ? await imageField({ url: pending.url, alt: item.title }, 'link card picture', media, from, into)
        : undefined
      result.push(thumbnail ? { ...item, thumbnail } : item)
      continue
    }
    if (!pending || item._type !== 'image') {
      if (item._type !== 'image' || 'asset' in item) result.push(item)
      continue
    }
    const { alt, caption } = item as { alt?: string; caption?: string }
    const field = await imageField(
      { url: pending.url, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}) },
      'image',
      media,
      from,
      into,
    )
    if (field) result.push({ ...field, _key: item._key, ...(caption ? { caption } : {}) } as Body[number])
  }
  return result
}

/**
 * The article's old addresses in stored form, without its new one and without repeats. An address that cannot be
 * matched (a bare domain, another scheme) is reported.
 */
export function oldPathsFor(slug: string, urls: string[], into: Collected): string[] {
  const paths: string[] = []
  for (const url of urls) {
    const normalized = normalizeOldPath(url)
    if (!normalized) {
      into.notes.push(`old address "${url}" left out: it has no path to redirect`)
      continue
    }
    if (normalized === `/articles/${slug}` || paths.includes(normalized)) continue
    if (isSitePath(normalized)) {
      into.notes.push(`old address "${url}" left out: the blog answers ${normalized} with a page of its own`)
      continue
    }
    paths.push(normalized)
  }
  return paths
}
