import { flightRows, payloadBreakdown, rowKind } from '../scripts/payload.mjs'

const article = '["$","article",null,{"children":["$","h1",null,{"children":"Tempo runs"}]}]'
const flight = [
  '1:"$Sreact.fragment"\n',
  '7:I[897367,["$6"],"OutletBoundary"]\n',
  ':HL["/_next/static/chunks/a.css","style"]\n',
  '0:{"P":null,"c":["",""],"q":""}\n',
  '4:[["children",{"s":"__PAGE__","h":512}]]\n',
  '3:X\n',
  '21:T6,héllo',
  `b:${article}\n`,
  '15:[["$","title","0",{"children":"Tempo runs — The Long Run"}]]\n',
].join('')

const html = (text: string) =>
  `<html><body><p>Tempo runs</p><script>self.__next_f.push([0])</script>` +
  `<script>self.__next_f.push(${JSON.stringify([1, text])})</script></body></html>`

describe('payloadBreakdown', () => {
  it('reads line rows and raw-text rows by their byte length', () => {
    const rows = flightRows(flight)
    expect(rows.map((row) => row.id)).toEqual(['1', '7', '', '0', '4', '3', '21', 'b', '15'])
    expect(rows.find((row) => row.id === '21')).toMatchObject({ value: 'héllo', text: true })
  })

  it("tells the framework's rows from the metadata and the rendered tree", () => {
    const kinds = Object.fromEntries(flightRows(flight).map((row) => [row.id, rowKind(row)]))
    expect(kinds).toEqual({
      '1': 'framework',
      '7': 'framework',
      '': 'framework',
      '0': 'framework',
      '4': 'framework',
      '3': 'framework',
      '21': 'tree',
      b: 'tree',
      '15': 'metadata',
    })
  })

  it("adds up to the payload scripts' bytes, the wrapping and escaping being the rest", () => {
    const page = html(flight)
    const parts = payloadBreakdown(page)
    const scripts = [...page.matchAll(/<script>.*?<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[0]), 0)
    expect(parts.scripts).toBe(scripts)
    expect(parts.framework + parts.metadata + parts.tree + parts.wrapping).toBe(scripts)
    expect(parts.tree).toBe(Buffer.byteLength('héllo') + Buffer.byteLength(article))
    expect(parts.wrapping).toBeGreaterThan(0)
  })
})
