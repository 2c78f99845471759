import { blockMarker, embedBlock } from './cards.ts'
import type { Context } from './context.ts'
import { isText, tagOf } from './dom.ts'

/** A paragraph's children cut at its line breaks. */
function linesOf(paragraph: Element): Node[][] {
  const lines: Node[][] = [[]]
  for (const child of Array.from(paragraph.childNodes)) {
    if (tagOf(child) === 'br') lines.push([])
    else lines[lines.length - 1]?.push(child)
  }
  return lines
}

function bareUrl(line: Node[]): string | undefined {
  if (!line.every(isText)) return undefined
  const text = line
    .map((node) => node.textContent)
    .join('')
    .trim()
  return /^https:\/\/\S+$/i.test(text) ? text : undefined
}

/**
 * WordPress's oEmbed rule: an address alone on its line (or in a paragraph of its own) showed the video or post it
 * names. Such a line of a provider on the list becomes an embed, splitting its paragraph; any other address stays text.
 */
export function embedBareUrls(body: HTMLElement, context: Context): void {
  for (const paragraph of Array.from(body.querySelectorAll('p'))) {
    if (paragraph.closest('li, td, th, figure')) continue
    const lines = linesOf(paragraph)
    const embeds = lines.map((line) => {
      const url = bareUrl(line)
      return url ? embedBlock(url, context) : undefined
    })
    if (!embeds.some(Boolean)) continue
    const document = paragraph.ownerDocument
    const replacement: Element[] = []
    let text: Element | undefined
    lines.forEach((line, i) => {
      const embed = embeds[i]
      if (embed) {
        replacement.push(blockMarker(document, embed, context))
        text = undefined
        return
      }
      if (text) text.append(document.createElement('br'))
      else replacement.push((text = paragraph.cloneNode(false) as Element))
      text.append(...line)
    })
    paragraph.replaceWith(...replacement)
  }
}
