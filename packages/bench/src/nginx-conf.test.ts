import { readFileSync } from 'node:fs'
import path from 'node:path'

// The shipped self-hosting config (apps/web/deploy/nginx.conf): the micro-cache rules the README promises.
const template = readFileSync(path.join(__dirname, '../../../apps/web/deploy/nginx.conf'), 'utf8')
const directives = template
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter(Boolean)
  .join('\n')

function block(name: string): string {
  const start = directives.indexOf(`location ${name} {`)
  if (start < 0) throw new Error(`no location ${name}`)
  return directives.slice(start, directives.indexOf('}', start))
}

describe('apps/web/deploy/nginx.conf', () => {
  it('has only the documented placeholders', () => {
    expect([...new Set(template.match(/@[A-Z_]+@/g))].sort()).toEqual(['@LISTEN@', '@PREFIX@', '@UPSTREAM@'])
  })

  it('micro-caches pages for about a second and refreshes them in the background', () => {
    const pages = block('/')
    expect(pages).toMatch(/proxy_cache pages;/)
    expect(pages).toMatch(/proxy_cache_valid 200 [^;]*1s;/)
    // Made-up URLs are unique: a copy of each 404 would only fill the disk.
    expect(pages).not.toMatch(/proxy_cache_valid [^;]*404/)
    expect(pages).toMatch(/proxy_cache_use_stale updating/)
    expect(pages).toMatch(/proxy_cache_background_update on;/)
  })

  it('never caches draft mode or private responses', () => {
    expect(directives).toMatch(/map \$http_cookie \$draft_mode \{\s*default 0;\s*"~__prerender_bypass=" 1;/)
    const pages = block('/')
    expect(pages).toMatch(/proxy_cache_bypass \$draft_mode;/)
    expect(pages).toMatch(/proxy_no_cache \$draft_mode \$upstream_private;/)
    expect(directives).toMatch(/"~\*\(private\|no-store\)" 1;/)
  })

  it('sends /api/ straight to Next', () => {
    const api = block('/api/')
    expect(api).toMatch(/proxy_pass http:\/\/next_app;/)
    expect(api).not.toMatch(/proxy_cache/)
  })
})
