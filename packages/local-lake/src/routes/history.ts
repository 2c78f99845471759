// The history API the Studio's history panel and "compare versions" read.
import { LakeError } from '../errors.ts'
import { documentsAt, eventsOf, transactionsOf } from '../history-api.ts'
import { flag, json } from '../http.ts'
import type { Route } from '../router.ts'

const idsOf = (list: string | undefined) => {
  const ids = (list ?? '').split(',').filter(Boolean)
  if (ids.length === 0) throw new LakeError(400, 'invalidRequest', 'No document id')
  return ids
}

const positive = (value: string | null, fallback?: number) => {
  const number = Number(value ?? fallback ?? 0)
  return Number.isInteger(number) && number > 0 ? number : fallback
}

export const historyRoutes: Route[] = [
  {
    method: 'GET',
    path: 'data/history/:dataset/documents/*ids',
    handle: ({ res, url, params, settings: { store } }) => {
      const documents = documentsAt(store.history, (id) => store.get(id), idsOf(params.ids), {
        revision: url.searchParams.get('revision'),
        time: url.searchParams.get('time'),
        lastRevision: flag(url, 'lastRevision'),
      })
      json(res, 200, { documents })
    },
  },
  {
    method: 'GET',
    path: 'data/history/:dataset/transactions/*ids',
    handle: ({ res, url, params, settings: { store } }) => {
      const transactions = transactionsOf(store.history, idsOf(params.ids), {
        fromTransaction: url.searchParams.get('fromTransaction'),
        toTransaction: url.searchParams.get('toTransaction'),
        reverse: flag(url, 'reverse'),
        limit: positive(url.searchParams.get('limit')),
        excludeContent: flag(url, 'excludeContent'),
        excludeMutations: flag(url, 'excludeMutations'),
        includeIdentifiedDocumentsOnly: flag(url, 'includeIdentifiedDocumentsOnly'),
      })
      // Newline-delimited JSON, one transaction a line, as the Content Lake streams it.
      res.writeHead(200, { 'content-type': 'application/x-ndjson' })
      res.end(transactions.map((transaction) => `${JSON.stringify(transaction)}\n`).join(''))
    },
  },
  {
    method: 'GET',
    path: 'data/history/:dataset/events/documents/:id',
    handle: ({ res, url, params, settings: { store } }) => {
      const id = params.id!
      const { events, nextCursor } = eventsOf(store.history, id, {
        limit: positive(url.searchParams.get('limit'), 100),
        cursor: url.searchParams.get('nextCursor'),
      })
      json(res, 200, { events: { [id]: events }, nextCursor })
    },
  },
]
