/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { WEBHOOK_FILTER, WEBHOOK_PROJECTION } from '@blog/content'

const readme = readFileSync(path.join(__dirname, 'README.md'), 'utf8')

describe('the go-live guide', () => {
  it('gives the webhook filter and projection the code expects and the local lake sends', () => {
    expect(readme).toContain(`// Filter\n${WEBHOOK_FILTER}\n`)
    expect(readme).toContain(`// Projection\n${WEBHOOK_PROJECTION}\n`)
  })

  it('names only root scripts that exist', () => {
    const scripts = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')).scripts
    const named = [...readme.matchAll(/npm run ([\w:-]+)(?![\w:-]| -w)/g)].map((match) => match[1] ?? '')
    expect(named.length).toBeGreaterThan(3)
    expect(named.filter((name) => !(name in scripts))).toEqual([])
  })
})
