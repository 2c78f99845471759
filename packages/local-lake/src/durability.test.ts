/**
 * kill -9 in the middle of a burst of concurrent writes: every write the lake acknowledged is there after a
 * restart, and the working dataset opens cleanly (a torn last line is dropped, the snapshot is whole).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatasetStore, LOG_FILE } from './store.ts'

const cli = path.resolve(__dirname, '../bin/lake.mjs')

function startCli(dir: string): Promise<{ url: string; kill: () => void; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, [cli, '--dir', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
  const exited = new Promise((resolve) => child.on('exit', resolve))
  return new Promise((resolve, reject) => {
    let output = ''
    child.stderr.on('data', (chunk) => (output += chunk))
    child.stdout.on('data', (chunk) => {
      output += chunk
      const url = /lake: (http:\/\/\S+)/.exec(output)?.[1]
      if (url) resolve({ url, kill: () => child.kill('SIGKILL'), exited })
    })
    child.on('exit', (code) => reject(new Error(`lake exited with ${code}: ${output}`)))
  })
}

it('keeps every acknowledged write through kill -9 during concurrent mutations', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lake-kill-'))
  const lake = await startCli(dir)
  const acknowledged: string[] = []
  const write = async (n: number) => {
    const id = `note-${n}`
    const body = JSON.stringify({
      mutations: [
        { createOrReplace: { _id: id, _type: 'note', n, text: 'x'.repeat(2000) } },
        { patch: { id, inc: { n: 1 } } },
      ],
    })
    try {
      const response = await fetch(`${lake.url}/v2025-02-19/data/mutate/production`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      })
      if (response.ok) acknowledged.push(id)
    } catch {
      // refused or cut off by the kill: never acknowledged
    }
  }
  // Eight writers at once; the lake is killed after the 150th acknowledgement, while others are in flight.
  await Promise.all(
    Array.from({ length: 8 }, async (_, writer) => {
      for (let n = writer; n < 4000; n += 8) {
        if (acknowledged.length >= 150) {
          lake.kill()
          return
        }
        await write(n)
      }
    }),
  )
  await lake.exited
  expect(acknowledged.length).toBeGreaterThanOrEqual(150)

  const store = DatasetStore.open(dir)
  for (const id of acknowledged) expect(store.get(id)).toMatchObject({ _id: id, n: Number(id.slice(5)) + 1 })
  store.close()
  expect(readFileSync(path.join(dir, LOG_FILE), 'utf8')).toBe('')
  // And a second life: the restarted lake answers from the same data.
  const again = await startCli(dir)
  const response = await fetch(
    `${again.url}/v2025-02-19/data/query/production?query=${encodeURIComponent('count(*[_type == "note"])')}`,
  )
  expect(((await response.json()) as { result: number }).result).toBeGreaterThanOrEqual(acknowledged.length)
  again.kill()
  await again.exited
}, 60_000)
