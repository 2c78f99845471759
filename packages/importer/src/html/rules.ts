import type { ArbitraryTypedObject, DeserializerRule, TypedObject } from '@portabletext/block-tools'
import { shorten, type Context } from './context.ts'
import { hasContent, tagOf } from './dom.ts'
import { figure, imageBlock } from './images.ts'
import { asArray, textBlock, type Next } from './rule-parts.ts'
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

function preformatted(element: Element, context: Context) {
  // The block editor's "verse" is a poem, not code: its lines are kept, without the code mark.
  const verse = element.classList.contains('wp-block-verse')
  const text = dedent((element.textContent ?? '').replace(/\u00a0/g, ' '))
  if (!text.trim()) return []
  if (!verse) context.notes.add('a code block was kept as code-formatted paragraphs: the body has no code blocks')
  return text
    .split(/\n[ \t]*\n+/)
    .filter((part) => part.trim())
    .map((part) =>
      textBlock([{ _type: 'span', marks: verse ? [] : ['code'], text: part } as TypedObject], { _preformatted: true }),
    )
}

function table(element: HTMLTableElement, context: Context, next: Next) {
  context.notes.add('a table was kept as text, one paragraph per row: the body has no tables')
  const result: TypedObject[] = []
  if (element.caption && hasContent([element.caption]))
    result.push(textBlock(asArray(next(element.caption.childNodes))))
  for (const row of Array.from(element.rows)) {
    const children: TypedObject[] = []
    for (const cell of Array.from(row.cells).filter((c) => hasContent([c]))) {
      if (children.length) children.push({ _type: 'span', marks: [], text: ' | ' } as TypedObject)
      children.push(...asArray(next(cell.childNodes)))
    }
    if (children.length) result.push(textBlock(children))
  }
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

/** Rules block-tools tries before its own: images, figures, links, code, tables and styled spans. */
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
            return figure(element, context, next, createBlock)
          case 'a':
            return link(element, context, next)
          case 'pre':
            return preformatted(element, context)
          case 'table':
            return table(element as HTMLTableElement, context, next)
          case 'span':
            return styledSpan(element, next)
          default:
            return undefined
        }
      },
    },
  ]
}
