import { serveEmbeddedImage } from '@/lib/media'

/** Image files of the embedded dataset (asset urls `/media/<sha1>-<w>x<h>.<ext>`). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serveEmbeddedImage((await params).file)
}
