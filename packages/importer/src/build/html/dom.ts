/** Elements that start a new block: text on either side of one is a separate paragraph. */
export const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote caption center dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main menu nav ol p pre section summary table tbody td tfoot ' +
    'th thead tr ul'
  ).split(' '),
)

/** Blocks that hold paragraphs rather than text: loose text in them is wrapped in a `<p>`. */
export const FLOW_CONTAINERS = new Set(
  'body article aside blockquote center details dialog div fieldset footer header hgroup main nav section'.split(' '),
)

/** Where whitespace is content: newlines stay newlines. */
export const PREFORMATTED_TAGS = new Set(['pre', 'code', 'textarea', 'script', 'style'])

const ELEMENT_NODE = 1
const TEXT_NODE = 3

export const isElement = (node: Node | null | undefined): node is Element => node?.nodeType === ELEMENT_NODE
export const isText = (node: Node | null | undefined): node is Text => node?.nodeType === TEXT_NODE
export const tagOf = (node: Node | null | undefined): string => (isElement(node) ? node.localName : '')
export const isBlock = (node: Node | null | undefined): boolean => BLOCK_TAGS.has(tagOf(node))

/** The element with another tag name, same attributes and children, in the same place. */
export function renameElement(element: Element, tag: string): Element {
  const renamed = element.ownerDocument.createElement(tag)
  for (const attribute of Array.from(element.attributes)) renamed.setAttribute(attribute.name, attribute.value)
  while (element.firstChild) renamed.appendChild(element.firstChild)
  element.replaceWith(renamed)
  return renamed
}

/** Replaces an element by its children. */
export function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes))
}

/** Runs of consecutive non-block children: what would render as one line of text between blocks. */
export function inlineRuns(parent: Node): Node[][] {
  const runs: Node[][] = []
  let run: Node[] = []
  for (const child of Array.from(parent.childNodes)) {
    if (isBlock(child)) {
      if (run.length) runs.push(run)
      run = []
    } else {
      run.push(child)
    }
  }
  if (run.length) runs.push(run)
  return runs
}

/** Whether nodes hold anything a reader would see: text that is not only spaces, or an image. */
export function hasContent(nodes: Node[]): boolean {
  return nodes.some(
    (node) =>
      /[^\s\u00a0\u200b\ufeff]/.test(node.textContent ?? '') ||
      (isElement(node) && (node.localName === 'img' || node.querySelector('img') !== null)),
  )
}
