// The commands a benchmark runs besides Node (wrk, nginx), checked before it builds anything: a missing one used to
// fail the run after a minute or two of builds.
import { spawnSync } from 'node:child_process'

/** Which of `tools` cannot be started here (`-v` answers on both wrk and nginx). */
export function missingTools(tools, run = spawnSync) {
  return tools.filter((tool) => run(tool.bin, ['-v'], { stdio: 'ignore' }).error)
}

/**
 * Makes sure every one of `tools` can be started. Run as root, installs the missing ones with apt-get, as .ci/run
 * installs chromium; otherwise, or if that fails, says what to install and exits 1 at once.
 */
export function ensureTools(
  tools,
  { run = spawnSync, isRoot = process.getuid?.() === 0, exit = process.exit, log = console.error } = {},
) {
  let missing = missingTools(tools, run)
  if (missing.length === 0) return
  const packages = () => [...new Set(missing.map((tool) => tool.debianPackage))].join(' ')
  if (isRoot) {
    log(`bench: installing ${packages()} with apt-get`)
    const install = run(
      'sh',
      ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages()} >/dev/null`],
      { stdio: 'inherit' },
    )
    if (install.status === 0) missing = missingTools(tools, run)
    if (missing.length === 0) return
  }
  log(
    `bench: ${missing.map((tool) => `${tool.name} (${tool.bin})`).join(' and ')} not found; install with: apt-get install -y ${packages()}`,
  )
  exit(1)
}
