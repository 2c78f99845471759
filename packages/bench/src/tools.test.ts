import { ensureTools } from '../scripts/tools.mjs'

const wrk = { name: 'wrk', bin: 'wrk', debianPackage: 'wrk' }
const nginx = { name: 'nginx', bin: '/usr/sbin/nginx', debianPackage: 'nginx' }

/** A fake spawnSync: the binaries in `present` start, apt-get adds `installable` to them. */
function machine(present: string[], installable: string[] = []) {
  const have = new Set(present)
  const calls: string[] = []
  const run = (command: string, args: string[]) => {
    calls.push([command, ...args].join(' '))
    if (command === 'sh') {
      installable.forEach((bin) => have.add(bin))
      return { status: installable.length ? 0 : 100 }
    }
    return have.has(command) ? { status: 0 } : { error: new Error(`spawnSync ${command} ENOENT`), status: null }
  }
  return { run, calls }
}

describe('ensureTools', () => {
  it('goes on when every tool starts, installing nothing', () => {
    const { run, calls } = machine(['wrk', '/usr/sbin/nginx'])
    const exit = jest.fn()
    ensureTools([wrk, nginx], { run, isRoot: true, exit, log: () => {} })
    expect(exit).not.toHaveBeenCalled()
    expect(calls.some((call) => call.startsWith('sh'))).toBe(false)
  })

  it('without root, names what to install and exits 1 at once', () => {
    const { run, calls } = machine(['/usr/sbin/nginx'])
    const exit = jest.fn()
    const log = jest.fn()
    ensureTools([wrk, nginx], { run, isRoot: false, exit, log })
    expect(exit).toHaveBeenCalledWith(1)
    expect(log).toHaveBeenCalledWith(expect.stringContaining('apt-get install -y wrk'))
    expect(calls.some((call) => call.startsWith('sh'))).toBe(false)
  })

  it('as root, installs the missing Debian packages with apt-get and goes on', () => {
    const { run, calls } = machine([], ['wrk', '/usr/sbin/nginx'])
    const exit = jest.fn()
    ensureTools([wrk, nginx], { run, isRoot: true, exit, log: () => {} })
    expect(calls.find((call) => call.startsWith('sh'))).toMatch(/apt-get install -y -qq wrk nginx/)
    expect(exit).not.toHaveBeenCalled()
  })

  it('as root, exits 1 when apt-get cannot install them', () => {
    const { run } = machine([])
    const exit = jest.fn()
    ensureTools([wrk], { run, isRoot: true, exit, log: () => {} })
    expect(exit).toHaveBeenCalledWith(1)
  })
})
