/**
 * @jest-environment node
 */
import { withHighlightedCode } from './highlight'

const article = (code: string, language?: string) => ({
  _id: 'article-a',
  body: [
    { _type: 'divider' as const, _key: 'd' },
    { _type: 'code' as const, _key: 'c', code, language },
  ],
})

describe('withHighlightedCode', () => {
  it('colours each line of a code block and keeps every character', async () => {
    const code = 'const pace = (km) => {\n\treturn   km * 5\n}'
    const [divider, block] = (await withHighlightedCode(article(code, 'javascript'))).body
    expect(divider).toEqual({ _type: 'divider', _key: 'd' })
    const lines = (block as unknown as { lines: { content: string; color?: string }[][] }).lines
    expect(lines.map((line) => line.map((token) => token.content).join('')).join('\n')).toBe(code)
    expect(new Set(lines.flat().map((token) => token.color)).size).toBeGreaterThan(1)
  })

  it('keeps a language it does not know as one colour, and leaves an article without code as it is', async () => {
    const groq = (await withHighlightedCode(article('*[_type == "article"]', 'groq'))).body[1] as unknown as {
      lines: { color?: string }[][]
    }
    expect(new Set(groq.lines.flat().map((token) => token.color)).size).toBe(1)
    const plain = { _id: 'article-b', body: [] }
    expect(await withHighlightedCode(plain)).toBe(plain)
  })
})
