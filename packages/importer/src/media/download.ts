/**
 * One image or media file over HTTP, with the limits that keep a slow, broken or hostile server from stalling or
 * flooding an import.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import sharp from 'sharp'

export interface DownloadLimits {
  /** Answers larger than this are refused; reading stops as soon as it is passed. */
  maxBytes: number
  /** How long to wait for the answer's headers, and then between two parts of its body. */
  timeoutMs: number
  /** Further attempts after a network error, a timeout, a 5xx or a 429. */
  retries: number
  /** The wait before the first retry; it doubles for each one after. */
  retryDelayMs: number
}

export const DEFAULT_LIMITS: DownloadLimits = {
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 30_000,
  retries: 3,
  retryDelayMs: 500,
}

/** Media files are larger than pictures: a podcast episode or a short film. */
export const MEDIA_MAX_BYTES = 200 * 1024 * 1024

/** What an answer must be to be kept. */
interface Expected {
  accept: string
  /** Names the kind in a refusal: "not an image (text/html)". */
  what: string
  type: (contentType: string) => boolean
  /** A check of the bytes themselves, beyond the header. */
  bytesAre?: (bytes: Buffer) => Promise<boolean>
}

const IMAGE: Expected = {
  accept: 'image/*',
  what: 'an image',
  type: (type) => type.startsWith('image/'),
  bytesAre: (bytes) =>
    sharp(bytes)
      .metadata()
      .then(() => true)
      .catch(() => false),
}
// The store checks the bytes against the file's extension (file-types.ts). Servers send .ogg as application/ogg.
const MEDIA: Expected = {
  accept: 'audio/*, video/*, text/vtt',
  what: 'audio, video or captions',
  type: (type) => /^(audio|video)\//.test(type) || type === 'text/vtt' || type === 'application/ogg',
}

export type Downloaded = { bytes: Buffer } | { failed: string }
type Attempt = Downloaded & { again?: boolean }

const MAX_REDIRECTS = 5
const MB = 1024 * 1024
const inUnits = (bytes: number) =>
  bytes >= MB ? `${Math.ceil((bytes / MB) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`

class Timeout extends Error {}

/** Reads the body, refusing it once it passes `maxBytes` or when a part takes longer than `timeoutMs`. */
async function readBody(response: Response, limits: DownloadLimits, abort: () => void): Promise<Attempt> {
  const reader = response.body?.getReader()
  if (!reader) return { failed: 'an empty answer' }
  const parts: Uint8Array[] = []
  let size = 0
  for (;;) {
    let timer: NodeJS.Timeout | undefined
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Timeout()), limits.timeoutMs)
    })
    const part = await Promise.race([reader.read(), stalled]).finally(() => clearTimeout(timer))
    if (part.done) return { bytes: Buffer.concat(parts) }
    size += part.value.byteLength
    if (size > limits.maxBytes) {
      abort()
      return { failed: `too large (more than ${inUnits(limits.maxBytes)})` }
    }
    parts.push(part.value)
  }
}

async function attempt(
  url: string,
  limits: DownloadLimits,
  allowed: (url: URL) => boolean,
  expected: Expected,
): Promise<Attempt> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new Timeout()), limits.timeoutMs)
  try {
    let address = new URL(url)
    let response: Response
    // Redirects are followed by hand: each one must stay on the old site's own hosts.
    for (let hops = 0; ; hops++) {
      response = await fetch(address, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { accept: expected.accept },
      })
      const location = response.headers.get('location')
      if (response.status < 300 || response.status > 399 || !location) break
      await response.body?.cancel()
      if (hops === MAX_REDIRECTS) return { failed: `more than ${MAX_REDIRECTS} redirects` }
      address = new URL(location, address)
      if (!allowed(address)) return { failed: `redirected to another site (${address.origin}/…)` }
    }
    clearTimeout(timer) // the body has its own timer, per part
    const { status, statusText } = response
    if (status !== 200) {
      await response.body?.cancel()
      return { failed: `HTTP ${status}${statusText ? ` (${statusText})` : ''}`, again: status >= 500 || status === 429 }
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
    if (!expected.type(type)) {
      await response.body?.cancel()
      return { failed: `not ${expected.what} (${type || 'no content type'})` }
    }
    const length = Number(response.headers.get('content-length') ?? 0)
    if (length > limits.maxBytes) {
      await response.body?.cancel()
      return { failed: `too large (${inUnits(length)}, more than ${inUnits(limits.maxBytes)})` }
    }
    const body = await readBody(response, limits, () => controller.abort())
    if ('failed' in body) return body
    if (expected.bytesAre && !(await expected.bytesAre(body.bytes)))
      return { failed: `not ${expected.what} (${type} in the header, but the bytes are not an image file)` }
    return body
  } catch (error) {
    const timedOut = error instanceof Timeout || controller.signal.reason instanceof Timeout
    if (timedOut) return { failed: `no answer within ${limits.timeoutMs / 1000} s`, again: true }
    // fetch rejects with a TypeError whose cause is the socket's error; anything else is a bug, not the network.
    if (!(error instanceof TypeError) || !error.cause) throw error
    const cause = error.cause as { code?: string; message?: string }
    return { failed: `network error (${cause.code ?? cause.message})`, again: true }
  } finally {
    clearTimeout(timer)
    controller.abort() // closes a connection left open by a refused or stalled body
  }
}

async function download(
  url: string,
  allowed: (url: URL) => boolean,
  limits: DownloadLimits,
  expected: Expected,
): Promise<Downloaded> {
  for (let tries = 0; ; tries++) {
    const result = await attempt(url, limits, allowed, expected)
    if (!('failed' in result)) return result
    if (!result.again || tries === limits.retries)
      return { failed: tries > 0 ? `${result.failed}, ${tries + 1} attempts` : result.failed }
    await sleep(limits.retryDelayMs * 2 ** tries)
  }
}

/**
 * Downloads an image: its bytes, once the answer is a 200 with an image/* type whose bytes sharp can read; otherwise
 * why not. Network errors, timeouts, 5xx and 429 are tried again with a growing wait. `allowed` vets redirects.
 */
export const downloadImage = (url: string, allowed: (url: URL) => boolean, limits: DownloadLimits = DEFAULT_LIMITS) =>
  download(url, allowed, limits, IMAGE)

/** The same for an audio, video or WebVTT file: an audio/*, video/* or text/vtt answer, at most `MEDIA_MAX_BYTES`. */
export const downloadMedia = (
  url: string,
  allowed: (url: URL) => boolean,
  limits: DownloadLimits = { ...DEFAULT_LIMITS, maxBytes: MEDIA_MAX_BYTES },
) => download(url, allowed, limits, MEDIA)
