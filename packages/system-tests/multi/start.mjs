// `npm run start:multi`: the production build served the way several hosts would serve it, on one machine.
// Redis (Debian's redis-server on 127.0.0.1:6390, temp dir, no persistence; or REDIS_URL if set), two
// `next start` instances on 3510 and 3511 sharing it, and nginx on 8500 in front of both. Ctrl-C stops all.
import { requireBuild, startInstance, startNginx, startRedis, stopAll } from './cluster.mjs'

const ports = { redis: 6390, instances: [3510, 3511], nginx: 8500 }

requireBuild()
let stopping = false
async function stop(code = 0) {
  if (stopping) return
  stopping = true
  await stopAll()
  process.exit(code)
}
process.on('SIGINT', () => stop())
process.on('SIGTERM', () => stop())

try {
  const redisUrl = process.env.REDIS_URL?.trim() || (await startRedis(ports.redis)).url
  const instances = ports.instances.map((port) => startInstance(port, { REDIS_URL: redisUrl }))
  for (const instance of instances) {
    instance.child.stdout.on('data', (chunk) => process.stdout.write(prefixed(instance.port, chunk)))
    instance.child.stderr.on('data', (chunk) => process.stderr.write(prefixed(instance.port, chunk)))
  }
  await Promise.all(instances.map((instance) => instance.ready()))
  const nginx = await startNginx(ports.nginx, ports.instances)
  console.log(`start:multi: Redis ${redisUrl}; instances ${instances.map((instance) => instance.base).join(', ')}`)
  console.log(`start:multi: the site, through nginx: ${nginx.base} (Ctrl-C stops everything)`)
  for (const instance of instances)
    instance.exited.then(() => !stopping && (console.error(`start:multi: instance :${instance.port} exited`), stop(1)))
} catch (error) {
  console.error(`start:multi: ${error.message}`)
  await stop(1)
}

function prefixed(port, chunk) {
  return String(chunk).replace(/^(?=.)/gm, `[:${port}] `)
}
