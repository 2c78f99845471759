// The real content layer runs in some jsdom suites (customExportConditions "node"): @sanity/client's node build
// loads undici, which needs Web APIs that Node has and jsdom's window does not. They come from Node itself.
import { MessagePort } from 'node:worker_threads'
import { TextDecoder, TextEncoder } from 'node:util'
import { ReadableStream, TransformStream, WritableStream } from 'node:stream/web'

// Not MessageChannel: React's scheduler would pick it up and keep jest from exiting.
const fromNode = { TextDecoder, TextEncoder, ReadableStream, TransformStream, WritableStream, MessagePort }
for (const [name, value] of Object.entries(fromNode)) {
  if (!(name in globalThis)) Object.defineProperty(globalThis, name, { value, configurable: true, writable: true })
}
