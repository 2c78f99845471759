import type { ArbitraryTypedObject } from '@portabletext/block-tools'
import { fileKindOf } from '../../media/file-types.ts'
import { capitalize, fileNameWords } from '../../text.ts'
import { blockMarker } from './cards.ts'
import { elementName, shorten, type Context } from './context.ts'
import type { PendingFiles } from './types.ts'
import { tidyText } from './rule-parts.ts'
import { imageUrl } from './urls.ts'

// The editors' wrappers: the block editor's figure, Ghost's cards (whose buttons and thumbnail go with them).
const CARDS = 'figure.wp-block-audio, figure.wp-block-video, .kg-audio-card, .kg-video-card'
// Text that sits inside an audio or video element is for browsers without a player, not a caption.
const TEXT_HOSTS = new Set(['p', 'h2', 'h3', 'h4', 'li', 'blockquote'])

/** The file to play: `src`, else the first `<source>` in a format the blog plays, else the first `<source>`. */
function sourceOf(media: Element): string | undefined {
  const sources = Array.from(media.querySelectorAll('source[src]'), (source) => source.getAttribute('src') ?? '')
  const candidates = [media.getAttribute('src') ?? '', ...sources.filter((src) => fileKindOf(src)), ...sources]
  return candidates.map((candidate) => imageUrl(candidate)).find(Boolean)
}

/** A `<track>` of captions or subtitles (the kind a track without one has); the default one first. */
function captionsOf(video: Element): string | undefined {
  const tracks = Array.from(video.querySelectorAll('track[src]')).filter((track) =>
    ['captions', 'subtitles'].includes((track.getAttribute('kind') ?? 'subtitles').trim().toLowerCase()),
  )
  const track = tracks.find((candidate) => candidate.hasAttribute('default')) ?? tracks[0]
  return imageUrl(track?.getAttribute('src'))
}

/** Ghost keeps the real thumbnail on its card; the video's own `poster` is a transparent placeholder there. */
const posterOf = (video: Element, card: Element | undefined) =>
  imageUrl(
    card?.getAttribute('data-kg-custom-thumbnail') ||
      card?.getAttribute('data-kg-thumbnail') ||
      video.getAttribute('poster'),
  )

/** One audio or video element as its block, in its card's place when it has one; left out with a note otherwise. */
function convert(media: Element, context: Context) {
  const kind = media.localName === 'audio' ? 'audio' : 'video'
  const wrapper = media.closest(CARDS) ?? media.closest('figure') ?? undefined
  // A figure holding pictures or other players as well is not this player's card: only the element is replaced.
  const card =
    wrapper?.querySelectorAll('audio, video, img:not(.kg-audio-thumbnail)').length === 1 ? wrapper : undefined
  const file = sourceOf(media)
  if (!file) {
    context.notes.add(`${elementName(kind)} without a playable address was left out`)
    ;(card ?? media).remove()
    return
  }
  const caption = tidyText(card?.querySelector('figcaption')?.textContent)
  const named = [
    media.getAttribute('title'),
    media.getAttribute('aria-label'),
    card?.querySelector('.kg-audio-title, .kg-video-title')?.textContent,
  ]
    .map(tidyText)
    .find(Boolean)
  let title = named || caption
  if (!title) {
    title = capitalize(fileNameWords(file)) || (kind === 'audio' ? 'Audio' : 'Video')
    context.notes.add(`${kind} ${shorten(file)} has no title: "${title}" used; check it in the Studio`)
  }
  const key = context.nextKey()
  const pending: PendingFiles = { file }
  const block: ArbitraryTypedObject = {
    _type: kind === 'audio' ? 'audioFile' : 'videoFile',
    _key: key,
    title,
    ...(caption ? { caption } : {}),
  }
  if (kind === 'video') {
    const captions = captionsOf(media)
    const poster = posterOf(media, card)
    if (captions) pending.captions = captions
    if (poster) pending.poster = poster
  }
  context.files.set(key, pending)
  const place = card ?? media
  const marker = blockMarker(place.ownerDocument, block, context)
  const host = place.parentElement
  // A player inside a paragraph (the classic editor's auto-paragraphs) becomes a block after it.
  if (host && TEXT_HOSTS.has(host.localName)) {
    host.after(marker)
    place.remove()
    if (!host.textContent?.trim() && !host.querySelector('img, figure')) host.remove()
  } else place.replaceWith(marker)
}

/**
 * `<audio>` and `<video>` (alone, in the block editor's figures or in Ghost's cards) as audio and video blocks: the
 * file, a captions track and the poster are stored by the import, which leaves the block out if the file is not.
 */
export function convertMediaFiles(body: HTMLElement, context: Context): void {
  for (const media of Array.from(body.querySelectorAll('audio, video'))) {
    // A player nested in another (fallback content) goes with the outer one.
    if (media.isConnected && !media.parentElement?.closest('audio, video')) convert(media, context)
  }
}
