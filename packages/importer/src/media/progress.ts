/** What `--fetch-media` says while it fetches and when it is done. */
import type { FetchProgress } from './remote.ts'

/** On a terminal, `fetching media: 12/42, 3 failed`, rewritten in place; elsewhere nothing until the summary. */
export function fetchProgressLine(tty: { write: (text: string) => void } | undefined) {
  let shown = false
  return {
    update(progress: FetchProgress) {
      if (!tty) return
      tty.write(`\r\x1b[2Kfetching media: ${progress.done}/${progress.total}, ${progress.failed} failed`)
      shown = true
    },
    done() {
      if (shown) tty?.write('\r\x1b[2K')
    },
  }
}

/** One line for the run's output; the failures are listed with their reasons in the posts' notes. */
export function fetchSummary({ total, failed, reused }: FetchProgress, dryRun: boolean): string {
  if (dryRun)
    return `Media: ${total} on the old site, ${reused} fetched by an earlier run, ${failed} to fetch (dry run: nothing fetched).`
  const fetched = total - failed - reused
  return `Media: ${total} on the old site, ${fetched} fetched, ${reused} fetched by an earlier run, ${failed} failed${failed ? ' (see the notes)' : ''}.`
}
