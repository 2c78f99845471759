import { FLOW_CONTAINERS, PREFORMATTED_TAGS, hasContent, inlineRuns, isBlock, isText, tagOf } from './dom.ts'

const NEWLINE = /[ \t]*\n[ \t]*/

function breakLines(text: Text) {
  // "<br>" then a newline is one line break, as the editor wrote it.
  const data = tagOf(text.previousSibling) === 'br' ? text.data.replace(/^[ \t]*\n/, '') : text.data
  const lines = data.split(NEWLINE)
  if (lines.length === 1) {
    text.data = data
    return
  }
  const document = text.ownerDocument
  const nodes: (Node | string)[] = []
  lines.forEach((line, i) => {
    if (i > 0) nodes.push(document.createElement('br'))
    if (line) nodes.push(line)
  })
  text.replaceWith(...nodes)
}

function breakLinesIn(element: Element, atBlockEdges: boolean) {
  if (PREFORMATTED_TAGS.has(element.localName)) return
  for (const run of inlineRuns(element)) {
    const first = run[0]
    const last = run[run.length - 1]
    // A newline next to a block tag (or the edge of one) is layout, not a line break.
    if (atBlockEdges && isText(first)) first.data = first.data.replace(/^[ \t\n\r\f]+/, '')
    if (atBlockEdges && isText(last)) last.data = last.data.replace(/[ \t\n\r\f]+$/, '')
    for (const node of run) if (isText(node)) breakLines(node)
  }
  for (const child of Array.from(element.children)) breakLinesIn(child, isBlock(child))
}

/**
 * WordPress's auto-paragraphs for classic-editor posts, which were saved without `<p>` tags: a blank line ends a
 * paragraph, a single newline is a line break, and a newline beside a block tag is only layout. Runs before
 * `wrapLooseText`, which then makes the paragraphs; two line breaks in a row are split into paragraphs at the end.
 */
export function autoParagraphs(body: HTMLElement): void {
  breakLinesIn(body, true)
}

/** Text lying loose between blocks (or in a div used as a paragraph) becomes a paragraph of its own. */
export function wrapLooseText(body: HTMLElement): void {
  const containers = [body, ...Array.from(body.querySelectorAll(Array.from(FLOW_CONTAINERS).join(',')))]
  for (const container of containers) {
    for (const run of inlineRuns(container)) {
      if (!hasContent(run)) continue
      const paragraph = container.ownerDocument.createElement('p')
      container.insertBefore(paragraph, run[0] as Node)
      paragraph.append(...run)
    }
  }
}

// Blocks an image cannot sit in: it is moved after the outermost of them.
const IMAGE_HOSTS = new Set(['p', 'h2', 'h3', 'h4', 'li', 'ul', 'ol', 'blockquote', 'table', 'dl', 'pre', 'a'])

/**
 * Images are blocks of their own in the body: one inside a paragraph, heading, list or quote moves right after it
 * (a figure moves as a whole). The link around an image is remembered in `data-import-link`.
 */
export function moveImagesOutOfText(body: HTMLElement): void {
  const moved = new Set<Element>()
  const lastAfter = new Map<Element, Element>()
  for (const img of Array.from(body.querySelectorAll('img'))) {
    let target: Element = img
    for (let figure = img.closest('figure'); figure; figure = figure.parentElement?.closest('figure') ?? null)
      target = figure
    if (moved.has(target)) continue
    moved.add(target)
    const link = img.closest('a[href]')
    if (target === img && link) img.setAttribute('data-import-link', link.getAttribute('href') ?? '')
    let host: Element | undefined
    for (let parent = target.parentElement; parent && parent !== body; parent = parent.parentElement)
      if (IMAGE_HOSTS.has(parent.localName)) host = parent
    if (!host) continue
    ;(lastAfter.get(host) ?? host).after(target)
    lastAfter.set(host, target)
  }
}
