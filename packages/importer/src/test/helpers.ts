import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { main, type CliIo } from '../cli.ts'

export const REPO_ROOT = path.resolve(__dirname, '../../../..')
/**
 * The seed post lives outside the repo, exactly as it was copied from the old site: in ../shared beside the
 * checkout, or where BLOG_SEED_FILE points (a clone made elsewhere, e.g. a CI workspace, falls back to /work/shared).
 */
const SEED_CANDIDATES = [
  process.env.BLOG_SEED_FILE,
  path.resolve(REPO_ROOT, '../shared/seed/sports-massage-for-runners.txt'),
  '/work/shared/seed/sports-massage-for-runners.txt',
].filter((file): file is string => Boolean(file))
export const SEED_FILE = SEED_CANDIDATES.find((file) => existsSync(file)) ?? (SEED_CANDIDATES[0] as string)
export const FIXTURES = path.join(__dirname, 'fixtures')
export const FIXED_NOW = () => new Date('2026-01-15T12:00:00Z')

export const tempDir = () => mkdtempSync(path.join(tmpdir(), 'blog-importer-'))

export type Doc = { _id: string; _type: string; [field: string]: unknown }

export function readNdjson(file: string): Doc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Doc)
}

/** Runs the CLI in-process; output lines are collected instead of printed. */
export async function runCli(args: string[], io: Partial<CliIo> = {}) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, {
    cwd: REPO_ROOT,
    env: {},
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    now: FIXED_NOW,
    ...io,
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

export interface MiniPost {
  id: number
  slug: string
  title: string
  html: string
  /** The post's permalink; `https://mini.example/<slug>/` when left out. */
  link?: string
  password?: string
  /** `wp:post_date_gmt`; 2024-01-<id> when left out. */
  date?: string
}

/** A small WXR export of one site (https://mini.example) and one author, Eve Example, around the given posts. */
export function miniWxr(posts: MiniPost[]): string {
  const items = posts.map(
    (post) => `<item><title>${post.title}</title><link>${post.link ?? `https://mini.example/${post.slug}/`}</link>
<dc:creator>eve</dc:creator><content:encoded><![CDATA[${post.html}]]></content:encoded><wp:post_id>${post.id}</wp:post_id>
<wp:post_date_gmt>${post.date ?? `2024-01-${String(post.id).padStart(2, '0')} 00:00:00`}</wp:post_date_gmt>
<wp:post_name>${post.slug}</wp:post_name><wp:post_password>${post.password ?? ''}</wp:post_password>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Mini</title><link>https://mini.example</link>
<wp:author><wp:author_login>eve</wp:author_login><wp:author_display_name>Eve Example</wp:author_display_name></wp:author>
${items.join('\n')}</channel></rss>`
}
