import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { isPublishedId } from '@blog/schemas'
import { evaluate, parse } from 'groq-js'
import { randomId } from './ids.ts'
import type { DatasetStore } from './store.ts'
import type { CommittedTransaction, StoredDocument } from './types.ts'

/** A webhook as configured in Sanity's manage -> API -> Webhooks: create, update and delete; drafts and versions off. */
export interface WebhookOptions {
  url: string
  /** Signs each body as Sanity does (`sanity-webhook-signature`); unsigned without one. */
  secret?: string
  filter: string
  projection: string
  /** Milliseconds before the first retry; doubled after each failure. Default 1000. */
  retryDelayMs?: number
  /** Attempts in all before a delivery is given up and logged. Default 8 (about four minutes). */
  attempts?: number
  timeoutMs?: number
  projectId?: string
  dataset?: string
  log?: (line: string) => void
}

export interface WebhookDelivery {
  documentId: string
  operation: 'create' | 'update' | 'delete'
  status: number | 'error'
  attempt: number
}

/**
 * Sends the lake's webhooks the way Sanity does: for each published document a transaction creates, updates or
 * deletes, the filter is evaluated on the document (the previous one for a delete) and the projection in delta
 * mode (before() and after()); the projection is POSTed, signed, and retried with backoff on errors and timeouts.
 * Returns a function that stops it and waits for deliveries in flight.
 */
export function sendWebhooks(
  store: DatasetStore,
  hooks: WebhookOptions[],
  onDelivery?: (delivery: WebhookDelivery) => void,
): () => Promise<void> {
  const compiled = hooks.map((hook) => ({
    hook,
    filter: parse(hook.filter, { mode: 'delta' }),
    projection: parse(hook.projection, { mode: 'delta' }),
  }))
  const stop = new AbortController()
  // A retry waits, but never past stop().
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      stop.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
    })

  async function deliver(
    hook: WebhookOptions,
    transaction: CommittedTransaction,
    id: string,
    operation: WebhookDelivery['operation'],
    body: string,
  ) {
    const log = hook.log ?? console.error
    const attempts = hook.attempts ?? 8
    for (let attempt = 1; attempt <= attempts && !stop.signal.aborted; attempt++) {
      let status: number | 'error' = 'error'
      try {
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          'sanity-operation': operation,
          'sanity-document-id': id,
          'sanity-transaction-id': transaction.transactionId,
          'sanity-transaction-time': transaction.timestamp,
          'sanity-project-id': hook.projectId ?? 'local',
          'sanity-dataset': hook.dataset ?? 'production',
          'idempotency-key': `${transaction.transactionId}#${id}`,
        }
        if (hook.secret) headers[SIGNATURE_HEADER_NAME] = await encodeSignatureHeader(body, Date.now(), hook.secret)
        const response = await fetch(hook.url, {
          method: 'POST',
          body,
          headers,
          signal: AbortSignal.timeout(hook.timeoutMs ?? 10_000),
        })
        status = response.status
        await response.body?.cancel()
      } catch {
        status = 'error'
      }
      onDelivery?.({ documentId: id, operation, status, attempt })
      if (typeof status === 'number' && status < 300) return
      // 4xx other than 408/429 will not change by retrying (a wrong secret, a bad payload): give up at once.
      const retryable = status === 'error' || status >= 500 || status === 408 || status === 429
      if (!retryable || attempt === attempts) {
        log(
          `local lake: webhook ${hook.url} for ${operation} of document ${id} failed (${status}) after ${attempt} attempt(s)`,
        )
        return
      }
      await sleep((hook.retryDelayMs ?? 1000) * 2 ** (attempt - 1))
    }
  }

  async function onTransaction(hook: (typeof compiled)[number], transaction: CommittedTransaction) {
    for (const change of transaction.changes) {
      if (!isPublishedId(change.id)) continue
      const operation = !change.before ? 'create' : !change.after ? 'delete' : 'update'
      const subject: StoredDocument = (change.after ?? change.before)!
      const scope = { root: subject, before: change.before ?? undefined, after: change.after ?? undefined }
      try {
        if ((await (await evaluate(hook.filter, scope)).get()) !== true) continue
        const body = JSON.stringify(await (await evaluate(hook.projection, scope)).get())
        await deliver(hook.hook, transaction, change.id, operation, body)
      } catch (error) {
        ;(hook.hook.log ?? console.error)(
          `local lake: webhook for document ${change.id} not sent: ${(error as Error).message}`,
        )
      }
    }
  }

  // One queue per webhook: the blog hears about transactions in commit order, each delivered (or given up) before
  // the next, as a later change must not be overtaken by an earlier one that is still being retried.
  const queues = compiled.map(() => Promise.resolve())
  const unsubscribe = store.subscribe((transaction) => {
    compiled.forEach((hook, index) => {
      queues[index] = queues[index]!.then(() => onTransaction(hook, transaction))
    })
  })
  return async () => {
    stop.abort()
    unsubscribe()
    await Promise.all(queues)
  }
}

/**
 * The webhook secret of a local setup that has none configured: made once, kept in `dir/webhook-secret` (readable
 * by its owner only), and read by both the lake and the blog.
 */
export function localWebhookSecret(dir: string): string {
  const file = path.join(dir, 'webhook-secret')
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim()
    if (secret) return secret
  }
  mkdirSync(dir, { recursive: true })
  const secret = randomId(32)
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
