import { combineRounds, parseWrk } from '../scripts/wrk.mjs'

const ok = `Running 10s test @ http://127.0.0.1:8201/
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.52ms    3.10ms  60.21ms   95.12%
    Req/Sec    16.20k     1.43k   19.01k    71.00%
  Latency Distribution
     50%  812.00us
     75%    1.21ms
     90%    2.34ms
     99%   17.85ms
  322466 requests in 10.00s, 22.69GB read
Requests/sec:  32240.17
Transfer/sec:      2.27GB
`

const troubled = `Running 10s test @ http://127.0.0.1:3201/
  2 threads and 50 connections
  Latency Distribution
     50%   50.02ms
     75%   80.00ms
     90%  200.00ms
     99%    1.53s
  7790 requests in 10.00s, 560.00MB read
  Socket errors: connect 0, read 3, write 0, timeout 12
  Non-2xx or 3xx responses: 5
Requests/sec:    779.00
Transfer/sec:     56.00MB
`

describe('parseWrk', () => {
  it('reads throughput and latency percentiles in milliseconds', () => {
    expect(parseWrk(ok)).toEqual({
      requests: 322466,
      rps: 32240.17,
      p50: 0.812,
      p99: 17.85,
      non2xx: 0,
      socketErrors: 0,
      errors: 0,
    })
  })

  it('counts socket errors and non-2xx responses as errors and converts seconds', () => {
    const result = parseWrk(troubled)
    expect(result.p99).toBe(1530)
    expect(result.socketErrors).toBe(15)
    expect(result.non2xx).toBe(5)
    expect(result.errors).toBe(20)
  })

  it('rejects text that is not wrk output', () => {
    expect(() => parseWrk('wrk: command not found')).toThrow(/not wrk output/)
  })
})

describe('combineRounds', () => {
  const round = (rps: number, p50: number, p99: number, socketErrors = 0, non2xx = 0) => ({
    requests: rps * 4,
    rps,
    p50,
    p99,
    non2xx,
    socketErrors,
    errors: socketErrors + non2xx,
  })

  it("sums requests and errors, averages req/s, keeps the median p50 and the worst p99 of a setup's rounds", () => {
    expect(combineRounds([round(900, 40, 300), round(600, 70, 1200, 3), round(750, 55, 500, 0, 2)])).toEqual({
      requests: 9000,
      rps: 750,
      p50: 55,
      p99: 1200,
      non2xx: 2,
      socketErrors: 3,
      errors: 5,
    })
  })

  it('is the round itself when there is one', () => {
    expect(combineRounds([round(1200, 30, 90)])).toEqual(round(1200, 30, 90))
  })
})
