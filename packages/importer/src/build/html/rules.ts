import type { ArbitraryTypedObject, DeserializerRule, TypedObject } from '@portabletext/block-tools'
import { shorten, type Context } from './context.ts'
import { hasContent, tagOf } from './dom.ts'
import { figure, imageBlock } from './images.ts'
import { codeBlock, dataTable, divider } from './blocks.ts'
import { asArray, blockOf, type CreateBlock, type Next } from './rule-parts.ts'
import { isOnSite, linkTarget } from './urls.ts'

function link(element: Element, context: Context, next: Next) {
  const raw = element.getAttribute('href')
  if (raw === null) return undefined
  const children = asArray(next(element.childNodes))
  const { siteUrl, resolveLink } = context.options
  const target = raw.trim() === '#' ? undefined : linkTarget(raw, siteUrl)
  if (!target) {
    if (raw.trim() && raw.trim() !== '#')
      context.notes.add(`link to "${shorten(raw)}" kept as text: links must be http(s), mailto or start with /`)
    return children
  }
  let markDef: ArbitraryTypedObject | undefined
  if (target.ownSite && !target.href.startsWith('#')) {
    const ref = resolveLink?.(target.href)
    // Weak, as the Studio declares it: the linked post may come later in the run, or fail to import, and a link in
    // prose must never block storing this post (the site renders an unresolved link as text).
    if (ref)
      markDef = {
        _type: 'internalLink',
        _key: context.nextKey(),
        reference: { _type: 'reference', _ref: ref, _weak: true },
      }
    else if (isOnSite(target.href, siteUrl))
      context.notes.add(
        `link to ${shorten(target.href)} points at the old site and is not a post of this import: kept as it is`,
      )
  }
  markDef ??= { _type: 'link', _key: context.nextKey(), href: target.href }
  return { _type: '__annotation', markDef, children }
}

function dedent(text: string): string {
  const lines = text.replace(/\s+$/, '').split('\n')
  while (lines.length && !lines[0]?.trim()) lines.shift()
  const indents = lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0)
  const common = Math.min(...indents)
  return lines.map((line) => line.slice(common).replace(/[ \t]+$/, '')).join('\n')
}

/** The block editor's "verse" is a poem, not code: its lines are kept as paragraphs. Any other `<pre>` is code. */
function preformatted(element: Element, context: Context, createBlock: CreateBlock) {
  if (!element.classList.contains('wp-block-verse')) {
    const block = codeBlock(element, context)
    return block ? createBlock(block) : []
  }
  const text = dedent((element.textContent ?? '').replace(/\u00a0/g, ' '))
  return text
    .split(/\n[ \t]*\n+/)
    .filter((part) => part.trim())
    .map((part) => blockOf([{ _type: 'span', marks: [], text: part } as TypedObject], { _preformatted: true }))
}

/**
 * A figure that is not an image: a block made before block-tools ran (embeds, link cards), a table with its caption,
 * or code with a caption (Ghost's code card), the caption following as a paragraph.
 */
function otherFigure(element: Element, context: Context, next: Next, createBlock: CreateBlock) {
  const made = context.blocks.get(element.getAttribute('data-import-block') ?? '')
  if (made) return createBlock(made)
  const caption = Array.from(element.children).find((child) => child.localName === 'figcaption')
  const table = element.querySelector('table')
  if (table) {
    const block = dataTable(table, context, caption)
    return block ? createBlock(block) : []
  }
  const pre = element.querySelector('pre')
  if (!pre) return undefined
  const result = asArray(preformatted(pre, context, createBlock))
  if (caption && hasContent([caption])) result.push(blockOf(asArray(next(caption.childNodes))))
  return result
}

const STYLE_DECORATORS: [RegExp, string][] = [
  [/font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i, 'strong'],
  [/font-style\s*:\s*(?:italic|oblique)/i, 'em'],
  [/text-decoration[\w-]*\s*:[^;]*underline/i, 'underline'],
  [/text-decoration[\w-]*\s*:[^;]*line-through/i, 'strike-through'],
]

function addDecorators(nodes: TypedObject[], names: string[]) {
  for (const node of nodes as (TypedObject & { text?: string; marks?: string[]; children?: TypedObject[] })[]) {
    if (node._type === 'span' && node.text?.trim())
      node.marks = [...names.filter((name) => !node.marks?.includes(name)), ...(node.marks ?? [])]
    else if (Array.isArray(node.children)) addDecorators(node.children, names)
  }
}

/** The classic editor underlines with `<span style="text-decoration: underline">`, pasted text bolds with styles. */
function styledSpan(element: Element, next: Next) {
  const style = element.getAttribute('style') ?? ''
  const names = STYLE_DECORATORS.filter(([pattern]) => pattern.test(style)).map(([, name]) => name)
  if (names.length === 0) return undefined
  const children = asArray(next(element.childNodes))
  addDecorators(children, names)
  return children
}

/** Rules block-tools tries before its own: images, figures, links, code, tables, dividers and styled spans. */
export function conversionRules(context: Context): DeserializerRule[] {
  return [
    {
      deserialize(node, next, createBlock) {
        const element = node as Element
        switch (tagOf(node)) {
          case 'img': {
            const block = imageBlock(element, context)
            return block ? createBlock(block) : []
          }
          case 'figure':
            return figure(element, context, next, createBlock) ?? otherFigure(element, context, next, createBlock)
          case 'a':
            return link(element, context, next)
          case 'pre':
            return preformatted(element, context, createBlock)
          case 'table': {
            const block = dataTable(element as HTMLTableElement, context)
            return block ? createBlock(block) : []
          }
          case 'hr':
            return createBlock(divider(element, context))
          case 'span':
            return styledSpan(element, next)
          default:
            return undefined
        }
      },
    },
  ]
}
