import type { ArbitraryTypedObject } from '@portabletext/block-tools'
import { codeLanguage } from '../code-language.ts'
import type { Context } from './context.ts'
import { tidyText } from './rule-parts.ts'

// Highlighters mark the language on <pre> or <code>: Prism and the block editor "language-x", Stack Overflow style
// "lang-x", SyntaxHighlighter "brush: x;".
const LANGUAGE_CLASS = /(?:^|\s)(?:language|lang)-([\w+#-]+)|(?:^|[\s;])brush\s*:\s*([\w+#-]+)/i

function languageOf(pre: Element): string | undefined {
  for (const classes of [pre.getAttribute('class'), pre.getAttribute('data-code-class')]) {
    const match = LANGUAGE_CLASS.exec(classes ?? '')
    const language = codeLanguage(match?.[1] ?? match?.[2])
    if (language) return language
  }
  return undefined
}

/** A `<pre>` as a code block, its text exactly as written (clean-dom has made its line breaks newlines). */
export function codeBlock(pre: Element, context: Context): ArbitraryTypedObject | undefined {
  const code = pre.textContent ?? ''
  if (!code.trim()) return undefined
  const language = languageOf(pre)
  return { _type: 'code', _key: context.nextKey(), code, ...(language ? { language } : {}) }
}

function cellText(cell: Element, context: Context): string {
  for (const br of Array.from(cell.querySelectorAll('br'))) br.replaceWith(' ')
  if (cell.querySelector('a[href], strong, b, em, i, code, u, s, del'))
    context.notes.add('links and formatting in a table were kept as plain text: table cells hold text only')
  return tidyText(cell.textContent)
}

/**
 * A `<table>` as a table block: plain-text cells, a header row when the table has a `<thead>` or its first row is all
 * `<th>`, the caption from `<caption>` or the figure's `<figcaption>`. A cell spanning columns is followed by empty
 * ones, so the columns stay in line.
 */
export function dataTable(
  table: HTMLTableElement,
  context: Context,
  figcaption?: Element,
): ArbitraryTypedObject | undefined {
  const rows = Array.from(table.rows)
    .map((row) =>
      Array.from(row.cells).flatMap((cell) => [
        cellText(cell, context),
        ...Array<string>(Math.max(0, Math.min(cell.colSpan, 50) - 1)).fill(''),
      ]),
    )
    .filter((cells) => cells.some(Boolean))
  if (rows.length === 0) return undefined
  const width = Math.max(...rows.map((cells) => cells.length))
  const first = table.rows[0]
  const header =
    table.tHead !== null || (first !== undefined && Array.from(first.cells).every((cell) => cell.localName === 'th'))
  const caption = [table.caption, figcaption]
    .map((element) => tidyText(element?.textContent))
    .filter(Boolean)
    .join(' – ')
  return {
    _type: 'dataTable',
    _key: context.nextKey(),
    table: {
      _type: 'table',
      rows: rows.map((cells) => ({
        _type: 'tableRow',
        _key: context.nextKey(),
        cells: [...cells, ...Array<string>(width - cells.length).fill('')],
      })),
    },
    headerRow: header,
    ...(caption ? { caption } : {}),
  }
}

/** An `<hr>` (the block editor's separator, Ghost's divider card) as a divider; WordPress's "dots" style kept. */
export function divider(hr: Element, context: Context): ArbitraryTypedObject {
  const dots = hr.classList.contains('is-style-dots')
  return { _type: 'divider', _key: context.nextKey(), style: dots ? 'dots' : 'line' }
}
