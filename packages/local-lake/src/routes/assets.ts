// Uploads, and the stored bytes served back under the URLs the asset documents name; images transformed on the
// way out when the URL asks (Sanity's image URL parameters), from a disk cache after the first time.
import { createHash } from 'node:crypto'
import { readAsset, uploadFile, uploadImage } from '../assets.ts'
import { json, readBody } from '../http.ts'
import { outputFormat, parseImageParams, TRANSFORMING } from '../images/params.ts'
import { mimeTypeOf, transformImage } from '../images/transform.ts'
import type { Route, RouteContext } from '../router.ts'

async function upload({ req, res, url, settings }: RouteContext, kind: 'images' | 'files'): Promise<void> {
  const { store, maxUploadBytes, projectId, dataset } = settings
  const bytes = await readBody(req, maxUploadBytes)
  const filename = url.searchParams.get('filename') ?? undefined
  const baseUrl = `http://${req.headers.host ?? 'localhost'}/${kind}/${projectId}/${dataset}`
  const document =
    kind === 'images'
      ? await uploadImage(store, bytes, { filename })
      : uploadFile(store, bytes, { filename, baseUrl, mimeType: req.headers['content-type'] })
  json(res, 200, { document })
}

/**
 * Answers with bytes that never change under this URL (the name is the content hash, and a transformation is a
 * function of it): cached for a year, immutable, with an ETag a revalidating client gets a 304 for.
 */
function sendImmutable({ req, res }: RouteContext, bytes: Buffer, type: string, etag: string, vary?: string): void {
  const headers = {
    etag,
    'cache-control': 'public, max-age=31536000, immutable',
    ...(vary ? { vary: res.getHeader('vary') ? `${String(res.getHeader('vary'))}, ${vary}` : vary } : {}),
  }
  if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end()
  res.writeHead(200, { ...headers, 'content-type': type, 'content-length': bytes.length })
  res.end(bytes)
}

// Any project id: the lake has one project, and the Studio builds these URLs from its own project id.
async function serve(context: RouteContext, kind: 'images' | 'files'): Promise<void> {
  const { req, url, params, settings } = context
  const file = params.file!
  const { bytes, type } = readAsset(settings.store, kind, file)
  const original = `"${file}"`
  const transforming = TRANSFORMING.some((name) => url.searchParams.has(name))
  // SVG is served as drawn, as Sanity's CDN does unless a raster format is asked for.
  if (kind === 'files' || !transforming || (type === 'image/svg+xml' && !url.searchParams.has('fm')))
    return sendImmutable(context, bytes, type, original)
  const imageParams = parseImageParams(url.searchParams)
  const extension = file.slice(file.lastIndexOf('.') + 1)
  const format = outputFormat(imageParams, extension, req.headers.accept)
  const key = `${createHash('sha1')
    .update(`${file}\n${JSON.stringify(imageParams)}\n${format}`)
    .digest('hex')}.${format}`
  // The answer depends on Accept only when the format is chosen from it.
  const vary = imageParams.autoFormat && !imageParams.fm ? 'accept' : undefined
  const cache = settings.imageCache()
  const cached = cache.read(key)
  if (cached) return sendImmutable(context, cached, mimeTypeOf(format), `"${key}"`, vary)
  const made = await transformImage(bytes, imageParams, format)
  cache.write(key, made.bytes)
  sendImmutable(context, made.bytes, made.type, `"${key}"`, vary)
}

export const assetRoutes: Route[] = [
  { method: 'POST', path: 'assets/images/:dataset', handle: (context) => upload(context, 'images') },
  { method: 'POST', path: 'assets/files/:dataset', handle: (context) => upload(context, 'files') },
  {
    method: 'GET',
    path: 'images/:project/:dataset/:file',
    versioned: false,
    handle: (context) => serve(context, 'images'),
  },
  {
    method: 'GET',
    path: 'files/:project/:dataset/:file',
    versioned: false,
    handle: (context) => serve(context, 'files'),
  },
]
