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
