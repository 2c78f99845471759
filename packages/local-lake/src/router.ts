import type { IncomingMessage, ServerResponse } from 'node:http'
import { LakeError } from './errors.ts'
import type { ImageCache } from './images/cache.ts'
import type { DatasetStore } from './store.ts'

export interface LakeServerOptions {
  store: DatasetStore
  /** The dataset name clients use in URLs. Default 'production'. */
  dataset?: string
  /** Origins allowed to call the lake from a browser (the Studio's). */
  corsOrigins?: string[]
  /** Largest JSON body accepted, in bytes. Default 10 MiB. */
  maxBodyBytes?: number
  /** Largest image or file upload, in bytes. Default 50 MiB. */
  maxUploadBytes?: number
  /** The project id in asset URLs (`/images/<project>/<dataset>/<file>`). Default 'local'. */
  projectId?: string
  heartbeatMs?: number
  /** Where transformed images are kept. Default: beside the working dataset, `<dataset folder>.image-cache`. */
  imageCacheDir?: string
  /** The most the image cache may hold, in bytes; past it the least recently used go. Default 256 MiB. */
  imageCacheBytes?: number
  /** Told about every answered error (status >= 500) and every rejected write, with the document id when known. */
  log?: (line: string) => void
  /** Told about every request once it is answered (method, path and query, status, milliseconds). */
  trace?: (line: string) => void
}

/** The options with their defaults, and what the lake keeps while it runs. */
export type LakeSettings = Required<Omit<LakeServerOptions, 'trace'>> &
  Pick<LakeServerOptions, 'trace'> & {
    /** The editor's Studio settings (list layout, sort order), kept while the lake runs. */
    userSettings: Map<string, unknown>
    /** Made on the first transformation asked for, so a lake that serves none writes no cache folder. */
    imageCache: () => ImageCache
  }

export interface RouteContext {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  /** `1`, `X` or a date (`2025-02-19`); '' outside the versioned API. */
  apiVersion: string
  /** The path's `:name` segments, and its `*name` tail joined with `/`. */
  params: Record<string, string>
  settings: LakeSettings
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT'
  /**
   * Segments after `/v{version}/` (or after `/` with `versioned: false`): literals, `:name` for one segment, and a
   * last `*name` for the rest (possibly empty). A `:dataset` must name the lake's dataset, or the answer is 404.
   */
  path: string
  versioned?: false
  handle(context: RouteContext): Promise<void> | void
}

const API = /^\/v(1|\d{4}-\d{2}-\d{2}|X)\/(.*)$/

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw new LakeError(400, 'badRequest', `Not a valid path segment: ${segment}`)
  }
}

function match(pattern: string, segments: string[]): Record<string, string> | null {
  const parts = pattern.split('/')
  const params: Record<string, string> = {}
  for (const [index, part] of parts.entries()) {
    if (part.startsWith('*')) {
      params[part.slice(1)] = segments.slice(index).join('/')
      return params
    }
    const segment = segments[index]
    if (segment === undefined || segment === '') return null
    if (part.startsWith(':')) params[part.slice(1)] = decode(segment)
    else if (part !== segment) return null
  }
  return segments.length === parts.length ? params : null
}

/**
 * Finds the route for a request and runs it. A path no route knows answers 404; a known path asked with another
 * method answers 405, as the Content Lake does.
 */
export async function dispatch(routes: Route[], context: Omit<RouteContext, 'params' | 'apiVersion'>): Promise<void> {
  const { pathname } = context.url
  const versioned = API.exec(pathname)
  let pathMatched = false
  for (const route of routes) {
    const tail = route.versioned === false ? pathname.slice(1) : versioned?.[2]
    if (tail === undefined) continue
    const params = match(route.path, tail.split('/'))
    if (!params) continue
    pathMatched = true
    if (route.method !== context.req.method) continue
    if (params.dataset !== undefined && params.dataset !== context.settings.dataset)
      throw new LakeError(404, 'datasetNotFound', `Dataset "${params.dataset}" not found`)
    return route.handle({ ...context, params, apiVersion: route.versioned === false ? '' : versioned![1]! })
  }
  if (pathMatched) throw new LakeError(405, 'methodNotAllowed', `${context.req.method} ${pathname} is not supported`)
  if (!versioned) throw new LakeError(404, 'notFound', `No route for ${pathname}`)
  throw new LakeError(404, 'notFound', `The local lake does not implement /${versioned[2]}`)
}
