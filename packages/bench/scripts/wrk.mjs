// Parsing of `wrk --latency` output, kept apart from the process helpers so jest can test it.
const toMs = (value, unit) => Number(value) * { us: 0.001, ms: 1, s: 1000, m: 60000 }[unit]

/** Requests, req/s, p50/p99 latency (ms) and errors (socket errors + non-2xx/3xx responses) from `wrk --latency`. */
export function parseWrk(text) {
  const number = (re) => {
    const match = text.match(re)
    return match ? Number(match[1]) : 0
  }
  const latency = (pct) => {
    const match = text.match(new RegExp(`^\\s*${pct}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm'))
    return match ? toMs(match[1], match[2]) : NaN
  }
  if (!/Requests\/sec:/.test(text)) throw new Error(`not wrk output:\n${text.slice(0, 500)}`)
  const socket = text.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/)
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0
  const non2xx = number(/Non-2xx or 3xx responses: (\d+)/)
  return {
    requests: number(/(\d+) requests in/),
    rps: number(/Requests\/sec:\s+([\d.]+)/),
    p50: latency(50),
    p99: latency(99),
    non2xx,
    socketErrors,
    errors: socketErrors + non2xx,
  }
}

/** One setup's wrk rounds as one result: requests and errors summed, req/s the mean, p50 the median, p99 the worst. */
export function combineRounds(results) {
  const sum = (key) => results.reduce((total, result) => total + result[key], 0)
  const p50s = results.map((result) => result.p50).sort((x, y) => x - y)
  return {
    requests: sum('requests'),
    rps: sum('rps') / results.length,
    p50: p50s[Math.floor((p50s.length - 1) / 2)],
    p99: Math.max(...results.map((result) => result.p99)),
    non2xx: sum('non2xx'),
    socketErrors: sum('socketErrors'),
    errors: sum('errors'),
  }
}
