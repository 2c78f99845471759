import type { ServerResponse } from 'node:http'
import { compileQuery } from './query.ts'
import { randomId } from './ids.ts'
import type { DatasetStore } from './store.ts'
import type { CommittedTransaction, StoredDocument } from './types.ts'

export interface ListenOptions {
  query: string
  params: Record<string, unknown>
  includeResult: boolean
  includePreviousRevision: boolean
  /** 'mendoza' adds `effects`: patches that turn the previous document into the result and back. */
  effectFormat: string | null
  heartbeatMs: number
}

const send = (res: ServerResponse, event: string, data: unknown, id?: string) =>
  res.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)

/**
 * Opens a server-sent event stream that follows the store: `onTransaction` hears every commit until the client goes,
 * and a comment line every `heartbeatMs` keeps idle connections open.
 */
function followStore(
  store: DatasetStore,
  res: ServerResponse,
  heartbeatMs: number,
  onTransaction: (transaction: CommittedTransaction) => void,
): void {
  const unsubscribe = store.subscribe(onTransaction)
  const heartbeat = setInterval(() => res.write(': ping\n\n'), heartbeatMs)
  res.on('close', () => {
    clearInterval(heartbeat)
    unsubscribe()
  })
}

const openStream = (res: ServerResponse) =>
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })

/** A mendoza patch made of one "value" operation (op 0): the whole document, always correct, never minimal. */
const replaceWith = (value: StoredDocument | null) => [0, value]

/**
 * Streams the Content Lake's listener protocol as server-sent events: `welcome` first, then for each committed
 * transaction one `mutation` event per document that matched the query before or after it, in commit order, with
 * `previousRev`/`resultRev` and the transaction's event count for this listener; a comment line as heartbeat.
 */
export function listen(store: DatasetStore, res: ServerResponse, options: ListenOptions): void {
  openStream(res)
  send(res, 'welcome', { listenerName: randomId() })
  // Parsed once: every transaction runs it on the documents it touched, before and after.
  const run = compileQuery(options.query, options.params)
  const matches = async (doc: StoredDocument | null) => {
    if (!doc) return false
    const result = await run([doc])
    return Array.isArray(result) ? result.length > 0 : Boolean(result)
  }
  let queue = Promise.resolve()

  const onTransaction = (transaction: CommittedTransaction) => {
    // Matching is async (groq-js): a chain keeps this listener's events in commit order.
    queue = queue
      .then(async () => {
        const events = []
        for (const change of transaction.changes) {
          const [was, is] = await Promise.all([matches(change.before), matches(change.after)])
          if (!was && !is) continue
          events.push({ change, transition: !was ? 'appear' : !is ? 'disappear' : 'update' })
        }
        events.forEach(({ change, transition }, index) => {
          const eventId = `${transaction.transactionId}#${change.id}`
          send(
            res,
            'mutation',
            {
              eventId,
              documentId: change.id,
              transactionId: transaction.transactionId,
              transition,
              identity: transaction.identity,
              mutations: change.mutations,
              previousRev: change.before?._rev,
              // A deletion has a result revision too: the Studio chains each event's previousRev to the last resultRev.
              resultRev: change.after?._rev ?? transaction.transactionId,
              timestamp: transaction.timestamp,
              visibility: 'query',
              transactionTotalEvents: events.length,
              transactionCurrentEvent: index + 1,
              ...(options.includeResult ? { result: change.after ?? undefined } : {}),
              ...(options.includePreviousRevision ? { previous: change.before ?? undefined } : {}),
              ...(options.effectFormat === 'mendoza'
                ? { effects: { apply: replaceWith(change.after), revert: replaceWith(change.before) } }
                : {}),
            },
            eventId,
          )
        })
      })
      .catch((error: unknown) => {
        send(res, 'channelError', { message: (error as Error).message })
        res.end()
      })
  }

  followStore(store, res, options.heartbeatMs, onTransaction)
}

/**
 * The Live Content API's event stream (`/data/live/events`), which the Presentation tool subscribes to: `welcome`
 * first, then a `restart` after every transaction. The Content Lake sends `message` events naming the sync tags of
 * what changed; the local lake returns no sync tags with its query results, so nothing could match a tag, and
 * `restart` ("refetch what you show") is the event that keeps a subscriber correct.
 */
export function liveEvents(store: DatasetStore, res: ServerResponse, heartbeatMs: number): void {
  openStream(res)
  send(res, 'welcome', {}, randomId())
  followStore(store, res, heartbeatMs, (transaction) => send(res, 'restart', {}, transaction.transactionId))
}
