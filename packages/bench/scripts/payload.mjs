// What a page's inline RSC payload (the `self.__next_f.push` scripts) holds, by who decides it: the framework's rows
// (router tree, client references, chunk lists, hints), the metadata tags, and the rendered tree of the layout and the
// page (what the HTML shows, again, for hydration and client navigation), plus what wrapping it in scripts adds.

const SCRIPT = /<script>self\.__next_f\.push\((.*?)\)<\/script>/gs

/** The flight rows of `text`: `id:value` lines, and `id:T<hex length>,<text>` rows that hold raw text. */
export function flightRows(text) {
  const rows = []
  let at = 0
  while (at < text.length) {
    const head = /^([0-9a-f]*):(T([0-9a-f]+),)?/.exec(text.slice(at))
    if (!head) break
    if (head[2]) {
      const start = at + head[0].length
      const body = Buffer.from(text.slice(start), 'utf8').subarray(0, parseInt(head[3], 16)).toString()
      rows.push({ id: head[1], value: body, text: true })
      at = start + body.length
      continue
    }
    const end = text.indexOf('\n', at)
    const line = text.slice(at, end < 0 ? text.length : end)
    rows.push({ id: head[1], value: line.slice(head[0].length), text: false })
    at = end < 0 ? text.length : end + 1
  }
  return rows
}

/** Which part a row belongs to: 'framework', 'metadata' or 'tree'. */
export function rowKind(row) {
  const v = row.value
  if (row.id === '0' || row.id === '') return 'framework' // the router state, and hints (`:HL[...]`)
  if (/^(I\[|"|\[\["children",\{"s":|[A-Z]$|\d+$|null$)/.test(v)) return 'framework'
  if (/^\[\["\$","(title|meta|link)","0"/.test(v)) return 'metadata'
  return 'tree'
}

/** Bytes of the payload scripts in `html`, split by part (UTF-8 bytes of the decoded rows) plus the wrapping. */
export function payloadBreakdown(html) {
  let scripts = 0
  let text = ''
  for (const match of html.matchAll(SCRIPT)) {
    scripts += Buffer.byteLength(match[0])
    const [kind, chunk] = JSON.parse(match[1])
    if (kind === 1) text += chunk
  }
  const parts = { framework: 0, metadata: 0, tree: 0 }
  for (const row of flightRows(text)) parts[rowKind(row)] += Buffer.byteLength(row.value)
  const rows = parts.framework + parts.metadata + parts.tree
  return { scripts, ...parts, wrapping: scripts - rows }
}
