// Uploads, and the stored bytes served back under the URLs the asset documents name.
import { readAsset, uploadFile, uploadImage } from '../assets.ts'
import { readBody, json } from '../http.ts'
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

// Any project id: the lake has one project, and the Studio builds these URLs from its own project id.
function serve({ res, params, settings }: RouteContext, kind: 'images' | 'files'): void {
  const { bytes, type } = readAsset(settings.store, kind, params.file!)
  res.writeHead(200, {
    'content-type': type,
    'content-length': bytes.length,
    // The name is the content hash: the bytes under it never change.
    'cache-control': 'public, max-age=31536000, immutable',
  })
  res.end(bytes)
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
