// The document API: query, documents by id, mutate, actions, listen and the Live Content API's events.
import { applyActions } from '../actions.ts'
import { LakeError } from '../errors.ts'
import { flag, json, readJson } from '../http.ts'
import { randomId } from '../ids.ts'
import { listen, liveEvents } from '../listen.ts'
import { applyTransaction, expandQueryMutations } from '../mutate.ts'
import { compileQuery, documentsIn, paramsFromSearch, parsePerspective, runQuery } from '../query.ts'
import type { Route, RouteContext } from '../router.ts'

/** A transaction id the client chose (the Studio does), if it is a plain id; otherwise the lake makes one. */
function requestedTransactionId(body: { transactionId?: unknown } | null): string | undefined {
  const id = body?.transactionId
  if (id === undefined) return undefined
  if (typeof id !== 'string' || !/^[\w-]{1,64}$/.test(id))
    throw new LakeError(400, 'invalidRequest', '"transactionId" must be 1 to 64 letters, digits, "-" or "_"')
  return id
}

async function query({ req, res, url, apiVersion, settings }: RouteContext): Promise<void> {
  let query = url.searchParams.get('query')
  let params = paramsFromSearch(url.searchParams)
  if (req.method === 'POST') {
    const body = (await readJson(req, settings.maxBodyBytes)) as {
      query?: unknown
      params?: Record<string, unknown>
    } | null
    query = typeof body?.query === 'string' ? body.query : null
    const given = body?.params ?? {}
    if (typeof given !== 'object' || Array.isArray(given))
      throw new LakeError(400, 'invalidParams', '"params" must be an object of parameter values')
    params = given
  }
  if (!query) throw new LakeError(400, 'queryParseError', 'Missing "query"')
  const started = performance.now()
  const perspective = parsePerspective(url.searchParams.get('perspective'), apiVersion)
  const result = await runQuery(query, params, documentsIn(settings.store.all(), perspective))
  json(res, 200, { ms: Math.round(performance.now() - started), query, result })
}

async function mutate({ req, res, url, apiVersion, settings: { store, maxBodyBytes } }: RouteContext): Promise<void> {
  const body = (await readJson(req, maxBodyBytes)) as { mutations?: unknown; transactionId?: unknown } | null
  const returnIds = flag(url, 'returnIds')
  // The Studio names its transactions and expects the id back as the documents' new _rev.
  const transactionId = requestedTransactionId(body)
  const mutations = await expandQueryMutations(store, body?.mutations)
  // A delete or patch by query that selects nothing is a transaction that changes nothing, not an error.
  if (Array.isArray(mutations) && mutations.length === 0 && Array.isArray(body?.mutations) && body.mutations.length) {
    return json(res, 200, {
      transactionId: transactionId ?? randomId(),
      results: [],
      ...(returnIds ? { documentIds: [] } : {}),
    })
  }
  const { transaction, results } = applyTransaction(store, mutations, { transactionId, apiVersion })
  const returnDocuments = flag(url, 'returnDocuments')
  json(res, 200, {
    transactionId: transaction?.transactionId ?? null,
    results: results.map(({ id, operation }) =>
      returnDocuments ? { id, operation, document: store.get(id) ?? null } : { id, operation },
    ),
    ...(returnIds ? { documentIds: [...new Set(results.map((result) => result.id))] } : {}),
  })
}

export const dataRoutes: Route[] = [
  { method: 'GET', path: 'data/query/:dataset', handle: query },
  { method: 'POST', path: 'data/query/:dataset', handle: query },
  {
    method: 'GET',
    path: 'data/doc/:dataset/*ids',
    handle: ({ res, params, settings: { store } }) => {
      const ids = params.ids!.split(',').filter(Boolean)
      if (ids.length === 0) throw new LakeError(400, 'invalidRequest', 'No document id')
      json(res, 200, {
        documents: ids.map((id) => store.get(id)).filter((doc) => doc !== undefined),
        omitted: ids.filter((id) => !store.get(id)).map((id) => ({ id, reason: 'existence' })),
      })
    },
  },
  { method: 'POST', path: 'data/mutate/:dataset', handle: mutate },
  {
    method: 'POST',
    path: 'data/actions/:dataset',
    handle: async ({ req, res, apiVersion, settings: { store, maxBodyBytes } }) => {
      const body = (await readJson(req, maxBodyBytes)) as { actions?: unknown; transactionId?: unknown } | null
      const requested = requestedTransactionId(body)
      const transaction = applyActions(store, body?.actions, { transactionId: requested, apiVersion })
      json(res, 200, { transactionId: transaction?.transactionId ?? requested ?? null })
    },
  },
  // References from other datasets (the Studio asks before unpublishing or deleting): the lake has one dataset.
  {
    method: 'GET',
    path: 'data/references/:dataset/*ids',
    handle: ({ res, url }) => {
      if (url.searchParams.get('excludeInternalReferences') !== 'true')
        throw new LakeError(404, 'notFound', 'The local lake answers only cross-dataset references (none)')
      json(res, 200, { totalCount: 0, references: [] })
    },
  },
  {
    method: 'GET',
    path: 'data/listen/:dataset',
    handle: ({ res, url, settings: { store, heartbeatMs, trace } }) => {
      const query = url.searchParams.get('query')
      if (!query) throw new LakeError(400, 'queryParseError', 'Missing "query"')
      const params = paramsFromSearch(url.searchParams)
      compileQuery(query, params) // a listener with a bad query is refused before the stream opens
      trace?.(`listen opened: ${url.search}`)
      listen(store, res, {
        query,
        params,
        includeResult: flag(url, 'includeResult', true),
        includePreviousRevision: flag(url, 'includePreviousRevision'),
        effectFormat: url.searchParams.get('effectFormat'),
        heartbeatMs,
      })
    },
  },
  // The Live Content API's events (the Presentation tool listens).
  {
    method: 'GET',
    path: 'data/live/events/:dataset',
    handle: ({ res, settings: { store, heartbeatMs } }) => liveEvents(store, res, heartbeatMs),
  },
]
