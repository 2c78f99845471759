import { serveMedia } from '@/lib/media'

/** Asset files of the embedded dataset and the local lake (asset urls `/media/<file>`): images, audio, video. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serveMedia((await params).file, request.headers.get('range'))
}
