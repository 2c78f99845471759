import { spreadListeners } from '.'

const LAKE = 'http://127.0.0.1:3030'

function fakeFetch() {
  const calls: string[] = []
  const streams: ReadableStreamDefaultController<Uint8Array>[] = []
  const fetch = (async (input: RequestInfo | URL) => {
    calls.push(String(input))
    return new Response(new ReadableStream<Uint8Array>({ start: (controller) => void streams.push(controller) }), {
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
    })
  }) as typeof globalThis.fetch
  return { calls, streams, fetch }
}
const port = (url: string) => new URL(url).port
const listenUrl = `${LAKE}/v2025-02-19/data/listen/production?query=*`

describe('spreading the Studio listeners over the lake ports', () => {
  it('sends each open listener to the port with the fewest, and leaves every other request alone', async () => {
    const base = fakeFetch()
    const fetch = spreadListeners(LAKE, base.fetch)
    for (let i = 0; i < 3; i++) await fetch(listenUrl)
    await fetch(`${LAKE}/v2025-02-19/data/query/production?query=*`)
    await fetch('http://127.0.0.1:3333/static/app.js')
    expect(base.calls.map(port)).toEqual(['3031', '3032', '3033', '3030', '3333'])
  })

  it('gives a port back when its stream ends or is aborted', async () => {
    const base = fakeFetch()
    const fetch = spreadListeners(LAKE, base.fetch)
    const first = await fetch(listenUrl)
    const aborted = new AbortController()
    await fetch(listenUrl, { signal: aborted.signal })
    // The stream on 3031 ends: reading it to the end runs the counter's release.
    base.streams[0]!.close()
    await first.text()
    aborted.abort()
    await fetch(listenUrl)
    await fetch(listenUrl)
    expect(base.calls.map(port)).toEqual(['3031', '3032', '3031', '3032'])
  })

  it('never puts more than its share on one port: ten listeners over eight ports', async () => {
    const base = fakeFetch()
    const fetch = spreadListeners(LAKE, base.fetch)
    for (let i = 0; i < 10; i++) await fetch(listenUrl)
    const perPort = new Map<string, number>()
    for (const url of base.calls) perPort.set(port(url), (perPort.get(port(url)) ?? 0) + 1)
    expect(perPort.size).toBe(8)
    expect(Math.max(...perPort.values())).toBe(2)
  })
})
