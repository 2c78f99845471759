/** A span of a text block on its way to the body; spans are cleaned up as a sequence, not one by one. */
export type Span = { _type: 'span'; _key: string; text: string; marks: string[] }

const SPACES = /[\t\v\f\r \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g
const INVISIBLE = /[\u00ad\u200b\ufeff]/g

/** Spaces at the edges of a bold word or a link belong to the text around it: " 48 " becomes " ", "48", " ". */
export function liftEdgeSpaces(spans: Span[]): Span[] {
  return spans.flatMap((span) => {
    const parts = span.marks.length ? /^(\s*)([\s\S]*?)(\s*)$/.exec(span.text) : null
    if (!parts || (!parts[1] && !parts[3])) return [span]
    return [
      { ...span, text: parts[1] as string, marks: [] },
      { ...span, text: parts[2] as string },
      { ...span, text: parts[3] as string, marks: [] },
    ]
  })
}

/** One space between words, none at the edges or around line breaks; line breaks kept. */
export function normalizeSpaces(spans: Span[]): Span[] {
  let previous = '\n'
  for (const span of spans) {
    let text = ''
    for (const char of span.text.replace(INVISIBLE, '').replace(SPACES, ' ')) {
      if (char === ' ' && (previous === ' ' || previous === '\n')) continue
      if (char === '\n' && previous === ' ') {
        // The space before a line break may sit at the end of an earlier span.
        if (text.endsWith(' ')) text = text.slice(0, -1)
        else
          for (const earlier of spans.slice(0, spans.indexOf(span)).reverse()) {
            if (earlier.text === '') continue
            earlier.text = earlier.text.replace(/ $/, '')
            break
          }
      }
      text += char
      previous = char
    }
    span.text = text
  }
  return spans
}

/** No spaces or line breaks at the start or end of the block; spans left empty go. */
export function trimEdges(spans: Span[]): Span[] {
  const result = spans.filter((span) => span.text !== '')
  for (let first = result[0]; first; first = result[0]) {
    first.text = first.text.replace(/^\s+/, '')
    if (first.text) break
    result.shift()
  }
  for (let last = result.at(-1); last; last = result.at(-1)) {
    last.text = last.text.replace(/\s+$/, '')
    if (last.text) break
    result.pop()
  }
  return result
}

const sameMarks = (a: string[], b: string[]) => a.length === b.length && a.every((mark) => b.includes(mark))

/** Neighbours with the same marks become one span. */
export function mergeSpans(spans: Span[]): Span[] {
  const merged: Span[] = []
  for (const span of spans) {
    const previous = merged[merged.length - 1]
    if (previous && sameMarks(previous.marks, span.marks)) previous.text += span.text
    else merged.push({ ...span })
  }
  return merged
}

/** A block's spans cut where two or more line breaks follow each other: that is a paragraph break. */
export function splitParagraphs(spans: Span[]): Span[][] {
  const pieces: Span[][] = [[]]
  for (const span of spans) {
    span.text.split(/\n{2,}/).forEach((text, i) => {
      if (i > 0) pieces.push([])
      pieces[pieces.length - 1]?.push({ ...span, text })
    })
  }
  return pieces
}
