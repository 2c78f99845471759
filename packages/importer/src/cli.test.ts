import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { miniWxr, REPO_ROOT, SEED_FILE, tempDir } from './test/helpers.ts'
import { SAMPLE_DATASET } from '@blog/sample-content'

const BIN = path.join(REPO_ROOT, 'packages/importer/bin/import.mjs')

/** The real entry point: plain `node`, TypeScript sources loaded through the swc hooks, no build step. */
describe('bin/import.mjs', () => {
  it('prints the usage', () => {
    const output = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' })
    expect(output).toMatch(/^Usage: npm run import -- <files, folders or exports\.\.\.> \[options\]/)
  })

  it('imports the seed post into a new dataset next to a copy of the images, paths relative to INIT_CWD', () => {
    const dir = tempDir()
    const run = spawnSync(
      process.execPath,
      [BIN, SEED_FILE, '--date', '2019-04-02', '--base', SAMPLE_DATASET, '--out', 'data.ndjson'],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, INIT_CWD: dir },
      },
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('3 created, 0 updated, 0 unchanged; 1 post imported, 0 skipped, 0 failed')
    expect(existsSync(path.join(dir, 'data.ndjson'))).toBe(true)
    expect(existsSync(path.join(dir, 'images'))).toBe(true)
  })

  it('takes --include-protected: a password-protected post is imported instead of skipped', () => {
    const dir = tempDir()
    const post = { id: 1, slug: 'members-night', title: 'Members night', html: '<p>Hi.</p>', password: 'tempo' }
    writeFileSync(path.join(dir, 'locked.xml'), miniWxr([post]))
    const run = spawnSync(process.execPath, [BIN, 'locked.xml', '--include-protected', '--dry-run'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, INIT_CWD: dir },
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('1 post imported, 0 skipped, 0 failed')
    expect(run.stdout).toContain('note: the post was password-protected on the old site; imported, it is public')
    const usage = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' })
    expect(usage).toMatch(/^ {2}--include-protected {3}also import password-protected/m)
  })
})
