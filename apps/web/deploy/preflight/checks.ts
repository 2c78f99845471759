// The checks `npm run preflight` makes on a configured environment before it takes traffic. Each one reads the same
// variables the blog reads (lib/env.ts, next.config.ts) from the environment it is given, and answers in plain words.
import { createSanityClient } from '@blog/content'
import { createClient } from 'redis'

export type Env = Record<string, string | undefined>

export interface CheckResult {
  name: string
  ok: boolean
  /** What was found; when not ok, what is wrong and what to do. */
  message: string
}

/** The webhook secret's shortest acceptable length: 32 characters, what `openssl rand -hex 16` gives at least. */
export const MIN_SECRET_LENGTH = 32

const value = (env: Env, name: string) => env[name]?.trim() || undefined
const pass = (name: string, message: string): CheckResult => ({ name, ok: true, message })
const fail = (name: string, message: string): CheckResult => ({ name, ok: false, message })
/** An error as a reader wants it: the HTTP status and Sanity's own words, or the network error's code. */
function reason(error: unknown): string {
  const { statusCode, message, response } = error as {
    statusCode?: number
    message?: string
    response?: { body?: { message?: string; error?: { description?: string } } }
  }
  const said = response?.body?.error?.description ?? response?.body?.message ?? message
  if (statusCode) return `HTTP ${statusCode}${said ? `: ${String(said).slice(0, 160)}` : ''}`
  // A network failure's code (ECONNREFUSED, ENOTFOUND) or own words sit down its chain of causes ("fetch failed").
  let deepest = String(message ?? error)
  for (let at: unknown = error; at; at = (at as { cause?: unknown }).cause) {
    const found = (at as { code?: unknown }).code
    if (typeof found === 'string') return found
    deepest = String((at as { message?: unknown }).message ?? deepest)
  }
  return deepest.slice(0, 160)
}

function sanityClient(env: Env, token?: string) {
  return createSanityClient({
    projectId: value(env, 'SANITY_PROJECT_ID') ?? '',
    dataset: value(env, 'SANITY_DATASET') ?? '',
    apiVersion: value(env, 'SANITY_API_VERSION') ?? '2025-02-19',
    apiHost: value(env, 'SANITY_API_HOST'),
    token,
    timeout: Number(value(env, 'SANITY_API_TIMEOUT_MS') ?? 10_000),
    // A preflight reports what it finds: one retry for a blip, not the client's five with back-off (about 3 s more
    // before it can say a host refuses connections).
  }).withConfig({ maxRetries: 1 })
}

export async function checkSanityProject(env: Env): Promise<CheckResult> {
  const name = 'Sanity project'
  const projectId = value(env, 'SANITY_PROJECT_ID')
  const dataset = value(env, 'SANITY_DATASET')
  if (!projectId)
    return fail(
      name,
      'SANITY_PROJECT_ID is not set: the blog would serve the embedded sample dataset, not your project',
    )
  if (!dataset) return fail(name, `SANITY_DATASET is not set: name the dataset of project ${projectId} (production)`)
  try {
    const articles = await sanityClient(env, value(env, 'SANITY_API_READ_TOKEN')).fetch<number>(
      'count(*[_type == "article"])',
    )
    if (!articles)
      return fail(name, `project ${projectId}, dataset ${dataset} answers but holds no published article: import first`)
    return pass(name, `project ${projectId}, dataset ${dataset} answers: ${articles} published articles`)
  } catch (error) {
    return fail(name, `project ${projectId}, dataset ${dataset} does not answer (${reason(error)})`)
  }
}

export async function checkReadToken(env: Env): Promise<CheckResult> {
  const name = 'Read token'
  const token = value(env, 'SANITY_API_READ_TOKEN')
  if (!token)
    return fail(name, 'SANITY_API_READ_TOKEN is not set: draft mode and the Presentation tool cannot read drafts')
  if (!value(env, 'SANITY_PROJECT_ID')) return fail(name, 'no Sanity project to read drafts from (SANITY_PROJECT_ID)')
  try {
    // Drafts are hidden from anyone without a grant; a token that is wrong, revoked or of another project gets 401.
    const drafts = await sanityClient(env, token).fetch<number>(
      'count(*[_id in path("drafts.**")])',
      {},
      {
        perspective: 'raw',
      },
    )
    return pass(name, `SANITY_API_READ_TOKEN reads drafts (${drafts} now)`)
  } catch (error) {
    return fail(
      name,
      `SANITY_API_READ_TOKEN cannot read drafts (${reason(error)}): make a Viewer token for this project`,
    )
  }
}

export function checkWebhookSecret(env: Env): CheckResult {
  const name = 'Webhook secret'
  const secret = value(env, 'SANITY_REVALIDATE_SECRET')
  if (!secret)
    return fail(
      name,
      'SANITY_REVALIDATE_SECRET is not set: the revalidate route refuses every webhook, pages stay stale',
    )
  if (secret.length < MIN_SECRET_LENGTH)
    return fail(
      name,
      `SANITY_REVALIDATE_SECRET is ${secret.length} characters; use at least ${MIN_SECRET_LENGTH} (openssl rand -hex 32)`,
    )
  return pass(name, `SANITY_REVALIDATE_SECRET is set (${secret.length} characters)`)
}

const PRIVATE_HOST =
  /^(localhost|.*\.localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\]|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)$/

/** A public origin: https, a host readers can reach, nothing after it. */
export function checkPublicOrigin(env: Env, variable: string, what: string): CheckResult {
  const name = variable
  const raw = value(env, variable)
  if (!raw) return fail(name, `${variable} is not set: ${what} would go by http://localhost`)
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return fail(name, `${variable} is not a URL: "${raw}"`)
  }
  if (url.protocol !== 'https:') return fail(name, `${variable} is ${raw}: the public origin is https://`)
  if (PRIVATE_HOST.test(url.hostname))
    return fail(name, `${variable} is ${raw}: a local or private address, which readers cannot reach`)
  if (url.pathname !== '/' || url.search || url.hash || raw.replace(/\/$/, '') !== url.origin)
    return fail(name, `${variable} is ${raw}: give the origin only, ${url.origin}`)
  return pass(name, `${what} is at ${url.origin}`)
}

export async function checkRedis(env: Env, timeoutMs = 3000): Promise<CheckResult> {
  const name = 'Redis'
  const raw = value(env, 'REDIS_URL')
  if (!raw) return pass(name, 'REDIS_URL is not set: one instance, its caches in memory and on disk')
  const shown = raw.replace(/:[^:@/]*@/, ':***@')
  let protocol = ''
  try {
    protocol = new URL(raw).protocol
  } catch {}
  if (protocol !== 'redis:' && protocol !== 'rediss:')
    return fail(name, `REDIS_URL must be a redis:// or rediss:// URL, got "${shown}"`)
  const client = createClient({ url: raw, socket: { connectTimeout: timeoutMs, reconnectStrategy: false } })
  client.on('error', () => {})
  try {
    await client.connect()
    const answer = await client.ping()
    return pass(name, `Redis at ${shown} answers (${answer})`)
  } catch (error) {
    return fail(name, `Redis at ${shown} does not answer (${reason(error)}): start it, or fix REDIS_URL`)
  } finally {
    await client.close().catch(() => {})
  }
}

/** Every check, in the order the go-live guide sets things up. */
export async function preflight(env: Env): Promise<CheckResult[]> {
  return [
    await checkSanityProject(env),
    await checkReadToken(env),
    checkWebhookSecret(env),
    checkPublicOrigin(env, 'SITE_URL', 'the blog'),
    checkPublicOrigin(env, 'SANITY_STUDIO_URL', 'the Studio (the one other origin allowed to frame the blog)'),
    await checkRedis(env),
  ]
}
