import { readFileSync } from 'node:fs'
import path from 'node:path'
import { checkDataset } from './check.ts'

export interface CliIo {
  cwd: string
  out(line: string): void
  err(line: string): void
}

/** `content:check [data.ndjson]`: 0 when every document is valid, 1 with the list of bad documents, 2 on bad usage. */
export function main(args: string[], defaultPath: string, io: CliIo): number {
  if (args.length > 1 || args[0]?.startsWith('-')) {
    io.err('usage: npm run content:check [path/to/data.ndjson]')
    return 2
  }
  const file = path.resolve(io.cwd, args[0] ?? defaultPath)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    io.err(`content:check: cannot read ${file}: ${(error as Error).message}`)
    return 2
  }
  const { documents, problems } = checkDataset(text)
  for (const problem of problems) {
    io.out(`✕ ${problem.id} (${problem.type}, line ${problem.line})`)
    for (const reason of problem.reasons) io.out(`    ${reason.length > 300 ? `${reason.slice(0, 300)}…` : reason}`)
  }
  if (problems.length) {
    io.out(`content:check: ${problems.length} of ${documents} documents in ${file} have problems`)
    return 1
  }
  io.out(`content:check: ${documents} documents in ${file}, all valid`)
  return 0
}
