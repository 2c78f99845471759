import { shorten, type Context } from './context.ts'
import { hasContent, renameElement } from './dom.ts'
import { linkTarget } from './urls.ts'

/** The block editor saves an embed as its address inside a figure: keep it as a link, which is what it points at. */
function embedsToLinks(body: HTMLElement, context: Context) {
  for (const figure of Array.from(body.querySelectorAll('figure.wp-block-embed, figure[class*="wp-block-embed"]'))) {
    const wrapper = figure.querySelector('.wp-block-embed__wrapper') ?? figure
    const address = (wrapper.querySelector('iframe')?.getAttribute('src') ?? wrapper.textContent ?? '').trim()
    const caption = figure.querySelector('figcaption')
    const target = /^https?:\/\/\S+$/i.test(address) ? linkTarget(address, context.options.siteUrl) : undefined
    const replacement: Element[] = []
    const document = figure.ownerDocument
    if (target) {
      const paragraph = document.createElement('p')
      const link = paragraph.appendChild(document.createElement('a'))
      link.setAttribute('href', target.href)
      link.textContent = target.href
      replacement.push(paragraph)
      context.notes.add(`an embed (${shorten(target.href)}) was kept as a link: embeds are not imported`)
    } else {
      context.notes.add(`an embed${address ? ` (${shorten(address)})` : ''} was left out: embeds are not imported`)
    }
    if (caption && hasContent([caption])) replacement.push(renameElement(caption, 'p'))
    figure.replaceWith(...replacement)
  }
}

/** Ghost's bookmark card previews a page (title, description, icon, thumbnail): the link to the page is what counts. */
function bookmarksToLinks(body: HTMLElement, context: Context) {
  for (const card of Array.from(body.querySelectorAll('figure.kg-bookmark-card'))) {
    const anchor = card.querySelector('a[href]')
    const title = card.querySelector('.kg-bookmark-title')?.textContent?.trim()
    const paragraph = card.ownerDocument.createElement('p')
    if (anchor) {
      const link = paragraph.appendChild(card.ownerDocument.createElement('a'))
      link.setAttribute('href', anchor.getAttribute('href') ?? '')
      link.textContent = title || anchor.getAttribute('href')
      context.notes.add(`a bookmark card (${shorten(anchor.getAttribute('href') ?? '')}) was kept as a link`)
    }
    card.replaceWith(paragraph)
  }
}

/** Editor cards that stand for a link to something elsewhere (an embed, a bookmark) become that link. */
export function cardsToLinks(body: HTMLElement, context: Context): void {
  embedsToLinks(body, context)
  bookmarksToLinks(body, context)
}
