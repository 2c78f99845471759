import { convertCards } from './cards.ts'
import { elementName, shorten, type Context } from './context.ts'
import { hasContent, isBlock, isElement, renameElement, unwrap } from './dom.ts'
import { convertMediaFiles } from './media-files.ts'

const EMBEDS = 'iframe embed object video audio applet frame frameset'.split(' ')
const DROPPED = [
  ...EMBEDS,
  ...'script style link meta base template form input button select textarea svg math canvas dialog'.split(' '),
]
const HEADINGS: Record<string, string> = { h1: 'h2', h5: 'h4', h6: 'h4' }
// Blocks the body has no style for: their text becomes a paragraph.
const AS_PARAGRAPH = ['dt', 'dd', 'address', 'summary', 'legend']
// Blocks that hold one line of text: a paragraph or section inside one is unwrapped, with a line break after it.
const TEXT_HOLDERS = 'li, td, th, dt, dd, figcaption, caption, summary, legend, h2, h3, h4'
// Blocks that keep their place inside a text holder: lists, tables, code and figures are read on their own.
const STRUCTURE = new Set('ul ol li table tbody thead tfoot tr td th caption pre figure'.split(' '))

function sourceOf(element: Element): string {
  return (
    element.getAttribute('src') ??
    element.getAttribute('data') ??
    element.querySelector('source[src]')?.getAttribute('src') ??
    ''
  ).trim()
}

function dropElements(body: HTMLElement, context: Context) {
  // Lazy-loading plugins repeat the image in <noscript> for browsers without JavaScript: one copy is enough.
  const noscripts = Array.from(body.querySelectorAll('noscript')).map((element) => ({
    element,
    repeats: element.previousElementSibling?.localName === 'img',
  }))
  for (const { element, repeats } of noscripts) {
    if (repeats) element.remove()
    else unwrap(element)
  }
  for (const element of Array.from(body.querySelectorAll(DROPPED.join(',')))) {
    if (!element.isConnected) continue
    const tag = element.localName
    const source = sourceOf(element)
    const what = `${elementName(tag)}${source ? ` (${shorten(source)})` : ''}`
    if (EMBEDS.includes(tag)) context.notes.add(`${what} was left out: embeds are not imported`)
    else if (tag === 'form') context.notes.add(`${what} was left out: forms are not imported`)
    else context.notes.add(`${what} was left out`)
    element.remove()
  }
  for (const element of Array.from(body.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (!/^on/i.test(attribute.name)) continue
      element.removeAttribute(attribute.name)
      context.notes.add(`an ${attribute.name.toLowerCase()} attribute was left out`)
    }
  }
}

function removeComments(body: HTMLElement) {
  const walker = body.ownerDocument.createTreeWalker(body, 128 /* NodeFilter.SHOW_COMMENT */)
  const comments: Node[] = []
  while (walker.nextNode()) comments.push(walker.currentNode)
  for (const comment of comments) comment.parentNode?.removeChild(comment)
}

function normalizeBlocks(body: HTMLElement) {
  for (const heading of Array.from(body.querySelectorAll('h1, h5, h6')))
    renameElement(heading, HEADINGS[heading.localName] as string)
  for (const cite of Array.from(body.querySelectorAll('blockquote > cite'))) {
    const text = cite.textContent?.trim() ?? ''
    if (text && !/^[-–—]/.test(text)) cite.prepend('— ')
    renameElement(cite, 'p')
  }
  const loose = body.querySelectorAll(`${AS_PARAGRAPH.join(',')}, figcaption:not(figure figcaption)`)
  for (const element of Array.from(loose)) {
    if (Array.from(element.children).some(isBlock)) unwrap(element)
    else renameElement(element, 'p')
  }
  // Deepest first, so a paragraph in a div in a list item comes out in one pass.
  const nested = Array.from(body.querySelectorAll(`:is(${TEXT_HOLDERS}) *`)).reverse()
  for (const element of nested) {
    if (!isBlock(element) || STRUCTURE.has(element.localName) || element.parentElement?.closest('pre')) continue
    let next = element.nextSibling
    while (next && !isElement(next) && !hasContent([next])) next = next.nextSibling
    if (next && !isBlock(next)) element.after(element.ownerDocument.createElement('br'))
    unwrap(element)
  }
}

function flattenCode(body: HTMLElement) {
  for (const pre of Array.from(body.querySelectorAll('pre'))) {
    for (const br of Array.from(pre.querySelectorAll('br'))) br.replaceWith('\n')
    // The language is often on the inner <code>, which goes with the markup.
    const language = pre.querySelector('code[class]')?.getAttribute('class')
    if (language) pre.setAttribute('data-code-class', language)
    pre.textContent = pre.textContent ?? ''
  }
  // Inline code is laid out like the text around it: a newline in its source is a space.
  for (const code of Array.from(body.querySelectorAll('code'))) {
    if (code.closest('pre')) continue
    const walker = body.ownerDocument.createTreeWalker(code, 4 /* NodeFilter.SHOW_TEXT */)
    while (walker.nextNode()) {
      const text = walker.currentNode as Text
      text.data = text.data.replace(/\s+/g, ' ')
    }
  }
}

/**
 * Everything the body cannot hold is taken out of the document before block-tools reads it (scripts, embeds, forms,
 * event handlers; each with a note), and what it can hold is brought into the shapes block-tools reads well.
 */
export function cleanDocument(body: HTMLElement, context: Context): void {
  removeComments(body)
  convertCards(body, context)
  convertMediaFiles(body, context)
  dropElements(body, context)
  flattenCode(body)
  normalizeBlocks(body)
}
