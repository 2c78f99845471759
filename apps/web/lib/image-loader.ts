'use client'

/**
 * The `images.loaderFile` of next.config.ts: next/image asks it for each srcset width. Sanity CDN
 * URLs already carry the crop and hotspot (`rect`, from lib/image.ts); the CDN resizes to `w` and
 * picks the format. Local files (the embedded dataset's /media route) are served as they are.
 */
export default function imageLoader({ src, width, quality }: { src: string; width: number; quality?: number }): string {
  if (src.startsWith('https://cdn.sanity.io/')) {
    const url = new URL(src)
    url.searchParams.set('w', String(width))
    // `rect` fixes the shape; a height as well would fight the width chosen from the srcset.
    url.searchParams.delete('h')
    url.searchParams.set('q', String(quality ?? 75))
    url.searchParams.set('auto', 'format')
    return url.toString()
  }
  // The /media route ignores the query; `w` keeps srcset candidates distinct, as next/image expects.
  return `${src}${src.includes('?') ? '&' : '?'}w=${width}`
}
