import { parseWrk } from '../scripts/wrk.mjs'

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
