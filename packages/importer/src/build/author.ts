/** A post's author (or a book's) -> an author document, matched by name against the target. */
import { isHttpUrl, type AuthorDocument } from '@blog/schemas'
import type { SourceAuthor } from '../sources/types.ts'
import { cleanText, stableKey } from '../text.ts'
import type { Collected, ImageSource, Lookup, Media } from '../types.ts'
import { readBio } from './author-bio.ts'
import { slugOf } from './ids.ts'
import { imageField } from './parts.ts'
import { textBlock } from './portable-text.ts'

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => cleanText(p.replace(/\s*\n\s*/g, ' ')))
    .filter(Boolean)
}

/**
 * The author document: an existing author matched by name keeps its id, slug and name (the apply stage only fills its
 * empty fields); the bio's paragraphs, and the credentials, roles and specialties they state, its photo and website.
 */
export async function authorDocument(
  author: SourceAuthor,
  lookup: Pick<Lookup, 'findAuthor'>,
  media: Media,
  from: ImageSource,
  into: Collected,
): Promise<AuthorDocument> {
  const existing = lookup.findAuthor(author.name)
  const slug = existing?.slug.current ?? slugOf('author name', author.name)
  const _id = existing?._id ?? `author-${slug}`
  const bio = paragraphsOf(author.bio ?? '')
  const facts = readBio(bio)
  const photo = author.image
    ? await imageField({ alt: author.name, ...author.image }, `photo of ${author.name}`, media, from, into)
    : undefined
  const website = author.website && isHttpUrl(author.website) ? author.website : undefined
  if (author.website && !website)
    into.notes.push(`website "${author.website}" of ${author.name} left out: not an http(s) address`)
  return {
    _id,
    _type: 'author',
    name: existing?.name ?? cleanText(author.name),
    slug: { _type: 'slug', current: slug },
    ...(facts.shortBio ? { shortBio: facts.shortBio } : {}),
    ...(bio.length ? { bio: bio.map((text, i) => textBlock(text, (n) => stableKey(_id, 'bio', i, n))) } : {}),
    ...(facts.credentials.length
      ? {
          credentials: facts.credentials.map((c, i) => ({
            _type: 'credential' as const,
            _key: stableKey(_id, 'credentials', i),
            ...c,
          })),
        }
      : {}),
    ...(facts.roles.length ? { roles: facts.roles } : {}),
    ...(facts.specialties.length ? { specialties: facts.specialties } : {}),
    ...(photo ? { photo } : {}),
    ...(website ? { website } : {}),
    ...(author.blog ? { blog: author.blog } : {}),
  }
}
