/**
 * The providers an article may embed, and how a URL of each is recognised. One list for the Studio's validation, the
 * zod schema, the renderer (which player to load on a click) and the importer (which bare URLs become embeds).
 */

export const EMBED_PROVIDERS = ['youtube', 'vimeo', 'x', 'instagram', 'facebook', 'bluesky', 'tiktok'] as const
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number]

export const EMBED_PROVIDER_NAMES: Record<EmbedProvider, string> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  x: 'X',
  instagram: 'Instagram',
  facebook: 'Facebook',
  bluesky: 'Bluesky',
  tiktok: 'TikTok',
}

export interface EmbedTarget {
  provider: EmbedProvider
  /** The player to load into an iframe once a reader asks for it; videos only. Posts are linked, never framed. */
  player?: string
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/

function youtube(url: URL): string | undefined {
  const host = url.hostname.replace(/^(www|m)\./, '')
  if (host === 'youtu.be') return url.pathname.slice(1)
  if (host !== 'youtube.com' && host !== 'youtube-nocookie.com') return undefined
  if (url.pathname === '/watch') return url.searchParams.get('v') ?? undefined
  return /^\/(?:embed|shorts|live)\/([^/]+)$/.exec(url.pathname)?.[1]
}

function vimeo(url: URL): string | undefined {
  const host = url.hostname.replace(/^www\./, '')
  if (host === 'vimeo.com') return /^\/(\d+)$/.exec(url.pathname)?.[1]
  if (host === 'player.vimeo.com') return /^\/video\/(\d+)$/.exec(url.pathname)?.[1]
  return undefined
}

/** Post addresses by provider: host (without www. or m.) and path. */
const POSTS: [EmbedProvider, RegExp, RegExp][] = [
  ['x', /^(x|twitter)\.com$/, /^\/[A-Za-z0-9_]+\/status\/\d+$/],
  ['instagram', /^instagram\.com$/, /^\/(p|reel|tv)\/[A-Za-z0-9_-]+\/?$/],
  ['facebook', /^(facebook\.com|fb\.watch)$/, /^\/.+/],
  ['bluesky', /^bsky\.app$/, /^\/profile\/[^/]+\/post\/[A-Za-z0-9]+$/],
  ['tiktok', /^tiktok\.com$/, /^\/@[^/]+\/video\/\d+$/],
]

/** What an embed URL points at, or null when it is not an https address of a provider on the list. */
export function embedTarget(address: string): EmbedTarget | null {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return null
  }
  if (url.protocol !== 'https:') return null
  const video = youtube(url)
  if (video !== undefined)
    return YOUTUBE_ID.test(video)
      ? { provider: 'youtube', player: `https://www.youtube-nocookie.com/embed/${video}?autoplay=1` }
      : null
  const clip = vimeo(url)
  if (clip !== undefined)
    return { provider: 'vimeo', player: `https://player.vimeo.com/video/${clip}?autoplay=1&dnt=1` }
  const host = url.hostname.replace(/^(www|m|mobile)\./, '')
  for (const [provider, hostPattern, pathPattern] of POSTS)
    if (hostPattern.test(host) && pathPattern.test(url.pathname)) return { provider }
  return null
}

/** The origins players load from: the site's Content-Security-Policy allows these frames and no others. */
export const EMBED_PLAYER_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const
