// `npm run bench:multi`: requests per second with wrk on an article page, served by one `next start` alone
// and by two instances sharing Redis behind nginx (apps/web/deploy/nginx-upstream.conf, no response cache, so the
// instances do the work), plus the same two with Redis stopped. Every row is measured in the same run.
// Ports: instances 3520-3522, Redis 6395, nginx 8520. BENCH_SECONDS (default 8), BENCH_CONNECTIONS (32).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { requireBinary, requireBuild, startInstance, startNginx, startRedis, stopAll } from './cluster.mjs'
import { SAMPLE_DATASET } from '@blog/sample-content'

const seconds = Number(process.env.BENCH_SECONDS ?? 8)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32)
const wrk = requireBinary('wrk', 'wrk')
requireBuild()

const now = new Date()
const article = readFileSync(SAMPLE_DATASET, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .find((doc) => doc._type === 'article' && new Date(doc.publishedAt) <= now)
const url = `/articles/${article.slug.current}`

async function warm(base) {
  for (let i = 0; i < 20; i++) {
    const response = await fetch(base + url)
    if (response.status !== 200) throw new Error(`${base}${url} answered ${response.status}`)
    await response.arrayBuffer()
  }
}

function measure(name, base) {
  const run = spawnSync(wrk, ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', base + url], {
    encoding: 'utf8',
  })
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(run.stdout)?.[1])
  const latency = /Latency\s+(\S+)/.exec(run.stdout)?.[1] ?? '?'
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(run.stdout)?.[1] ?? 0)
  const errors = /Socket errors:.*/.exec(run.stdout)?.[0] ?? ''
  if (!rps) throw new Error(`wrk gave no figure for ${name}:\n${run.stdout}${run.stderr}`)
  return { name, rps, latency, non2xx, errors }
}

const rows = []
try {
  // Baseline: one instance, Next's default on-disk cache.
  const single = startInstance(3522, { REDIS_URL: undefined })
  await single.ready()
  await warm(single.base)
  rows.push(measure('one instance, default cache', single.base))
  await single.stop()

  const redis = await startRedis(6395)
  const instances = [3520, 3521].map((port) => startInstance(port, { REDIS_URL: redis.url }))
  await Promise.all(instances.map((instance) => instance.ready()))
  await warm(instances[0].base)
  rows.push(measure('one instance, Redis cache', instances[0].base))
  const nginx = await startNginx(8520, [3520, 3521])
  await warm(nginx.base)
  rows.push(measure('two instances, Redis cache, behind nginx', nginx.base))
  await redis.stop()
  await warm(nginx.base)
  rows.push(measure('two instances behind nginx, Redis stopped', nginx.base))
} finally {
  await stopAll()
}

const base = rows[0].rps
console.log(
  `\nbench:multi: wrk -t2 -c${connections} -d${seconds}s ${url}, ${(await import('node:os')).cpus().length} CPUs\n`,
)
console.log('| Setup | req/s | vs one instance | mean latency | non-2xx | socket errors |')
console.log('|---|---:|---:|---:|---:|---|')
for (const row of rows)
  console.log(
    `| ${row.name} | ${row.rps.toFixed(0)} | ${(row.rps / base).toFixed(2)}× | ${row.latency} | ${row.non2xx} | ${row.errors.replace('Socket errors: ', '') || 'none'} |`,
  )
