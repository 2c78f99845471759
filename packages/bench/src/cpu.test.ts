import { spawn } from 'node:child_process'
import { groupCpuMs } from '../scripts/cpu.mjs'

describe('groupCpuMs', () => {
  it("sums the CPU time of a process group's members, and nothing of other groups", async () => {
    // A group of three: a shell leader, a shell under it and, under that, a node process that burns 300 ms of its own
    // CPU time (however busy the machine is), says so, and stays: an exited member's time leaves /proc with it, as a
    // server's never does while it runs. Counting by parent instead of by group would miss the grandchild.
    const burn =
      'const t0 = process.cpuUsage(); while (process.cpuUsage(t0).user < 300000); console.log(1); setTimeout(() => {}, 30000)'
    const node = `${process.execPath} -e '${burn}'`
    const leader = spawn('sh', ['-c', `sh -c "${node}; true"; true`], {
      detached: true,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    try {
      await new Promise((resolve) => leader.stdout!.once('data', resolve))
      const used = groupCpuMs(leader.pid!)
      // The burn, plus node's own start-up (and the ticks' 10 ms rounding).
      expect(used).toBeGreaterThanOrEqual(290)
      expect(used).toBeLessThan(3000)
      // A group id that is no process's.
      expect(groupCpuMs(2 ** 30)).toBe(0)
    } finally {
      process.kill(-leader.pid!, 'SIGKILL')
    }
  }, 20_000)
})
