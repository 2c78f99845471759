/** The CPU time (ms) the processes of group `pgid` have used so far, from /proc. */
export function groupCpuMs(pgid: number): number
