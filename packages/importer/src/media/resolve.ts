import { readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { decodeSafely, siteHost } from '../text.ts'
import { fileKindOf } from './file-types.ts'

export type MediaLookup = { file: string } | { missing: string }

export interface MediaResolver {
  /**
   * The file an image address of the old site points to (absolute, `__GHOST_URL__/…`, site-relative, or relative to
   * `from.postFile`), by its real path; only files inside the media folder or the post's folder are returned.
   * Otherwise the reason, for a note. `kind` 'file' looks for audio, video and captions instead of an image.
   */
  find(url: string, from?: { postFile?: string }, kind?: 'image' | 'file'): MediaLookup
}

const IMAGE_EXTENSION = /\.(jpe?g|png|webp|gif|avif|svg|tiff?)$/i
// Where WordPress and Ghost keep uploads (Ghost's audio and video in content/media, other files in content/files);
// --media is a copy of the folder they name, or of a folder above it (Ghost's content/ for all three).
const UPLOAD_FOLDERS = [
  ['wp-content', 'uploads'],
  ['content', 'images'],
  ['content', 'media'],
  ['content', 'files'],
]
// Ghost serves resized copies as content/images/size/w600/format/webp/<path of the original>.
export const GHOST_VARIANT = /^(size|format)$/
// WordPress's resized copies: name-300x225.jpg; since 5.3 big uploads are served as name-scaled.jpg.
export const WORDPRESS_COPY = /^(.+)-(?:(\d+)x(\d+)|scaled|rotated)(\.[^.]+)$/

const isInside = (folder: string, file: string) => {
  const relative = path.relative(folder, file)
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)
}

/** An address's path as segments: no query or fragment, percent-decoded, `.` and inner `..` applied. */
function segmentsOf(pathPart: string, { keepLeadingUp }: { keepLeadingUp: boolean }): string[] {
  const out: string[] = []
  for (const segment of decodeSafely(pathPart.replace(/[?#].*$/s, '')).split(/[\\/]+/)) {
    if (segment === '' || segment === '.') continue
    if (segment === '..' && out.length > 0 && out.at(-1) !== '..') out.pop()
    else if (segment !== '..' || keepLeadingUp) out.push(segment)
  }
  return out
}

/** The path after a known upload folder, Ghost's size and format segments left out. */
function uploadPath(segments: string[]): { folder: string[]; rest: string[] } | undefined {
  for (const folder of UPLOAD_FOLDERS) {
    const at = segments.findIndex((_, i) => folder.every((name, j) => segments[i + j] === name))
    if (at < 0) continue
    const rest = segments.slice(at + folder.length)
    while (rest.length > 2 && GHOST_VARIANT.test(rest[0]!)) rest.splice(0, 2)
    return { folder, rest }
  }
  return undefined
}

/** Paths under the media folder to try, most likely first. */
function placesFor(segments: string[]): string[][] {
  const inside = segments.filter((segment) => segment !== '..')
  const upload = uploadPath(inside)
  if (upload) return [upload.rest, [upload.folder[1]!, ...upload.rest], [...upload.folder, ...upload.rest]]
  return inside.map((_, i) => inside.slice(i)) // /images/x.jpg: images/x.jpg, then x.jpg
}

function realDir(dir: string): string | undefined {
  try {
    return realpathSync(dir)
  } catch {
    return undefined
  }
}

/**
 * Finds the images an import refers to in the folder given with `--media` (a copy of `wp-content/uploads`, of Ghost's
 * `content/images`, or the folder beside Markdown posts). Nothing is fetched: addresses on other hosts are reported.
 * Throws when `mediaDir` is not a folder.
 */
export function createMediaResolver(mediaDir: string | undefined, options: { siteUrl?: string } = {}): MediaResolver {
  const mediaRoot = mediaDir === undefined ? undefined : realDir(mediaDir)
  if (mediaDir !== undefined && !(mediaRoot && statSync(mediaRoot).isDirectory()))
    throw new Error(`--media ${mediaDir}: no such folder`)
  // Without a site address (or with one that is not), absolute URLs are judged by their path alone.
  const ownHost = options.siteUrl ? siteHost(options.siteUrl) : undefined
  const listings = new Map<string, string[]>()
  const list = (dir: string) => {
    if (!listings.has(dir))
      listings.set(dir, statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(dir) : [])
    return listings.get(dir)!
  }

  /** Names to try in a folder: for a WordPress copy, the original, then the largest copy there is, then the copy. */
  const namesFor = (dir: string, name: string): string[] => {
    const copy = WORDPRESS_COPY.exec(name)
    if (!copy) return [name]
    const [, stem, , , extension] = copy
    const area = (m: RegExpExecArray) => Number(m[2]) * Number(m[3])
    const sizes = list(dir)
      .map((entry) => WORDPRESS_COPY.exec(entry))
      .filter((m): m is RegExpExecArray => m !== null && m[1] === stem && m[4] === extension && m[2] !== undefined)
      .sort((a, b) => area(b) - area(a))
      .map((m) => m[0])
    return [...new Set([`${stem}${extension}`, `${stem}-scaled${extension}`, ...sizes, name])]
  }

  /** The real path of the image at `candidate` (or its WordPress original), refused unless inside one of `roots`. */
  const fileAt = (candidate: string, roots: string[]): string | 'outside' | undefined => {
    if (!roots.some((root) => isInside(root, candidate))) return 'outside'
    let outside: 'outside' | undefined
    for (const name of namesFor(path.dirname(candidate), path.basename(candidate))) {
      const file = path.join(path.dirname(candidate), name)
      if (!statSync(file, { throwIfNoEntry: false })?.isFile()) continue
      const real = realpathSync(file) // a symbolic link may lead out of the folder
      if (roots.some((root) => isInside(root, real))) return real
      outside = 'outside'
    }
    return outside
  }

  return {
    find(url, from = {}, kind = 'image') {
      let address = url.trim()
      if (address === '') return { missing: `an empty ${kind} address` }
      if (/^data:/i.test(address)) return { missing: 'an inline data: image: not imported' }
      address = address.replace(/^__GHOST_URL__(?=[/?#]|$)/, '') || '/'
      let relative = !address.startsWith('/')
      if (/^([a-z][a-z\d+.-]*:|\/\/)/i.test(address)) {
        let parsed: URL
        try {
          parsed = new URL(address.startsWith('//') ? `https:${address}` : address)
        } catch {
          return { missing: `not a valid address (${address})` }
        }
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
          return { missing: `not a web address (${parsed.protocol}): not imported` }
        const ours = ownHost
          ? siteHost(parsed.href) === ownHost
          : uploadPath(segmentsOf(parsed.pathname, { keepLeadingUp: false })) !== undefined
        if (!ours) return { missing: `on another site (${parsed.origin}/…): not imported` }
        address = parsed.pathname
        relative = false
      }
      const segments = segmentsOf(address, { keepLeadingUp: relative })
      const name = segments.at(-1) ?? ''
      if (kind === 'image' ? !IMAGE_EXTENSION.test(name) : !fileKindOf(name))
        return {
          missing: `not ${kind === 'image' ? 'an image' : 'an audio, video or captions'} file (${path.extname(name) || 'no extension'}): not imported`,
        }

      const postDir = relative && from.postFile ? realDir(path.dirname(path.resolve(from.postFile))) : undefined
      const roots = [postDir, mediaRoot].filter((root): root is string => root !== undefined)
      const places = placesFor(segments)
      const candidates = [
        ...(postDir ? [{ at: path.resolve(postDir, ...segments), roots }] : []),
        ...(mediaRoot ? places.map((place) => ({ at: path.join(mediaRoot, ...place), roots: [mediaRoot] })) : []),
      ]
      let refused = false
      for (const candidate of candidates) {
        const file = fileAt(candidate.at, candidate.roots)
        if (file === 'outside') refused = true
        else if (file) return { file }
      }
      const lookedFor = (postDir ? segments : (places[0] ?? segments)).join('/')
      if (refused) return { missing: `outside the post's folder and the media folder (${lookedFor}): not imported` }
      if (!mediaRoot)
        return { missing: postDir ? `not beside the post (looked for ${lookedFor})` : 'no --media folder given' }
      if (postDir) return { missing: `not beside the post nor in the media folder (looked for ${lookedFor})` }
      return { missing: `not in the media folder (looked for ${lookedFor})` }
    },
  }
}
