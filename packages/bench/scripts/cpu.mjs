// A process group's CPU time from /proc, kept apart from the process helpers so jest can test it.
import { readdirSync, readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

let clockTicks
/**
 * The CPU time (ms) the processes of group `pgid` have used so far, from /proc: `next start` and the next-server it
 * forks. Read around a wrk run, it gives the server's CPU per request, which other work on a shared machine slows
 * far less than it slows req/s.
 */
export function groupCpuMs(pgid) {
  clockTicks ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100
  let ticks = 0
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    let stat
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8')
    } catch {
      continue // gone since the listing
    }
    // After the command name (in parentheses, which may hold spaces): state, ppid, pgrp, … utime (11), stime (12).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12])
  }
  return (ticks * 1000) / clockTicks
}
