import { notFound, permanentRedirect } from 'next/navigation'
import { getOldPathRedirect } from '@/lib/content'
import { requested } from '@/lib/old-address'
import { paths } from '@/lib/paths'
import { PLACEHOLDER_SLUG } from '@/lib/prerender'

/**
 * Every path no other route matches: an old address of an imported article answers a 308 to the article, anything
 * else the site's 404. The proxy hands over the queries and trailing slashes it sees (lib/old-address.ts).
 */

type Props = { params: Promise<{ path: string[] }> }

// Cache Components refuse an empty list; old addresses render on their first request, then are cached.
export function generateStaticParams() {
  return [{ path: [PLACEHOLDER_SLUG] }]
}

export default async function OldAddressPage({ params }: Props) {
  const { address, withoutSlash } = requested((await params).path)
  const slug = await getOldPathRedirect(address)
  if (slug) permanentRedirect(paths.article(slug))
  // Any other path with a trailing slash: the same path without it, as Next answers by default.
  if (withoutSlash) permanentRedirect(withoutSlash)
  notFound()
}
