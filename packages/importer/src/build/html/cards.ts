import type { ArbitraryTypedObject } from '@portabletext/block-tools'
import { EMBED_PROVIDER_NAMES, embedTarget, isHttpUrl } from '@blog/schemas'
import { shorten, type Context } from './context.ts'
import { hasContent, renameElement } from './dom.ts'
import { tidyText } from './rule-parts.ts'
import { imageSource, linkTarget } from './urls.ts'

/**
 * Puts a block made here in the card's place: an empty figure block-tools' figure rule turns back into the block.
 * Cards are read before scripts and iframes are dropped, since their address is often only in an iframe.
 */
export function blockMarker(document: Document, block: ArbitraryTypedObject, context: Context): Element {
  const marker = document.createElement('figure')
  const key = String(block._key)
  marker.setAttribute('data-import-block', key)
  context.blocks.set(key, block)
  return marker
}

function placeBlock(element: Element, block: ArbitraryTypedObject, context: Context, after: Element[] = []) {
  element.replaceWith(blockMarker(element.ownerDocument, block, context), ...after)
}

/** An embed block for a provider's address (YouTube, Vimeo, X, …), or undefined for any other address. */
export function embedBlock(url: string, context: Context, title = '', caption = ''): ArbitraryTypedObject | undefined {
  const target = embedTarget(url)
  if (!target) return undefined
  const name = `${EMBED_PROVIDER_NAMES[target.provider]} ${target.player ? 'video' : 'post'}`
  return {
    _type: 'embed',
    _key: context.nextKey(),
    url,
    title: title || caption || name,
    ...(caption ? { caption } : {}),
  }
}

const EMBED_CARDS = 'figure.wp-block-embed, figure[class*="wp-block-embed"], figure.kg-embed-card'

/**
 * Embeds (the block editor's, Ghost's embed card, an iframe of a provider's player) become embed blocks when they
 * show a provider on the list; any other embed is kept as a link to what it showed.
 */
function embeds(body: HTMLElement, context: Context) {
  for (const iframe of Array.from(body.querySelectorAll('iframe[src]'))) {
    const block = iframe.closest(EMBED_CARDS)
      ? undefined
      : embedBlock((iframe.getAttribute('src') ?? '').trim(), context, tidyText(iframe.getAttribute('title')))
    if (block) placeBlock(iframe, block, context)
  }
  for (const figure of Array.from(body.querySelectorAll(EMBED_CARDS))) {
    const wrapper = figure.querySelector('.wp-block-embed__wrapper') ?? figure
    const candidates = [
      figure.getAttribute('data-url'),
      ...Array.from(wrapper.querySelectorAll('iframe[src]'), (frame) => frame.getAttribute('src')),
      ...Array.from(wrapper.querySelectorAll('a[href]'), (a) => a.getAttribute('href')),
      wrapper.textContent,
    ].map((address) => (address ?? '').trim())
    const caption = figure.querySelector('figcaption')
    const title = tidyText(
      figure.getAttribute('data-title') ?? figure.querySelector('iframe[title]')?.getAttribute('title'),
    )
    let block: ArbitraryTypedObject | undefined
    for (const address of candidates) block ??= embedBlock(address, context, title, tidyText(caption?.textContent))
    if (block) {
      placeBlock(figure, block, context)
      continue
    }
    const address = candidates.find(Boolean) ?? ''
    const target = /^https?:\/\/\S+$/i.test(address) ? linkTarget(address, context.options.siteUrl) : undefined
    const replacement: Element[] = []
    const document = figure.ownerDocument
    if (target) {
      const paragraph = document.createElement('p')
      const link = paragraph.appendChild(document.createElement('a'))
      link.setAttribute('href', target.href)
      link.textContent = target.href
      replacement.push(paragraph)
      context.notes.add(
        `an embed (${shorten(target.href)}) was kept as a link: it is not a provider the body can embed`,
      )
    } else {
      context.notes.add(`an embed${address ? ` (${shorten(address)})` : ''} was left out: embeds are not imported`)
    }
    if (caption && hasContent([caption])) replacement.push(renameElement(caption, 'p'))
    figure.replaceWith(...replacement)
  }
}

const textOf = (card: Element, selector: string) => tidyText(card.querySelector(selector)?.textContent)

/** Ghost's bookmark card previews a page: a link card with its title, description, site and thumbnail. */
function bookmarks(body: HTMLElement, context: Context) {
  for (const card of Array.from(body.querySelectorAll('figure.kg-bookmark-card'))) {
    const url = (card.querySelector('a[href]')?.getAttribute('href') ?? '').trim()
    if (!isHttpUrl(url)) {
      context.notes.add(`a bookmark card${url ? ` (${shorten(url)})` : ''} was left out: it has no http(s) address`)
      card.remove()
      continue
    }
    const description = textOf(card, '.kg-bookmark-description')
    // Ghost writes the site's name in "kg-bookmark-author" and the article's author in "kg-bookmark-publisher".
    const publisher = textOf(card, '.kg-bookmark-author') || textOf(card, '.kg-bookmark-publisher')
    const key = context.nextKey()
    const caption = card.querySelector('figcaption')
    const thumbnail = card.querySelector('.kg-bookmark-thumbnail img')
    const picture = thumbnail ? imageSource(thumbnail).url : undefined
    if (picture) context.images.set(key, picture)
    placeBlock(
      card,
      {
        _type: 'linkCard',
        _key: key,
        url,
        title: textOf(card, '.kg-bookmark-title') || url,
        ...(description ? { description } : {}),
        ...(publisher ? { publisher } : {}),
      },
      context,
      caption && hasContent([caption]) ? [renameElement(caption, 'p')] : [],
    )
  }
}

/** Editor cards that stand for something elsewhere (an embed, a bookmark) become the blocks for them. */
export function convertCards(body: HTMLElement, context: Context): void {
  embeds(body, context)
  bookmarks(body, context)
}
