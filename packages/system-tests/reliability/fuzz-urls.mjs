import { seededRandom } from '@blog/sample-content'

// 1,000 generated request targets (path + query), deterministic: long, unicode, traversal, malformed
// percent-encoding, odd numbers and query strings, on every route shape of the site.

const PIECES = [
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%ff',
  '%00',
  '%0a',
  '%2e%2e%2f',
  '%252e%252e%252f',
  '..',
  '../',
  '..%2f',
  '....//',
  '%2F',
  '%5C',
  '\\',
  '//',
  '.',
  '~',
  '-',
  '_',
  'a',
  'Z',
  '0',
  '9',
  '%20',
  '+',
  '"',
  "'",
  '<script>',
  '{}',
  '$slug',
  '*[_type]',
  'ü',
  'ß',
  '日本語',
  '🏃‍♀️',
  '\u202e',
  'e\u0301',
  '\ufeff',
  '%u0041',
  '&#x2f;',
  ';',
  ',',
  '=',
  '@',
  ':',
]
const PREFIXES = [
  '/',
  '/articles/',
  '/authors/',
  '/books/',
  '/categories/',
  '/page/',
  '/categories/training/page/',
  '/authors/dana-whitfield/page/',
  '/authors/dana-whitfield/feed.xml/',
  '/media/',
  '/articles/strong-hips-quiet-knees/',
  '/_next/static/',
  '/_next/image/',
  '/api/',
  '/api/revalidate/',
  '/search/',
  '/feed.xml/',
  '/sitemap.xml/',
]
const QUERIES = [
  '',
  '',
  '',
  '?q=',
  '?q=%',
  '?q=%zz',
  '?q=' + 'x'.repeat(5000),
  '?q=*[_type=="article"]',
  '?q=%3Cscript%3Ealert(1)%3C/script%3E',
  '?page=-1',
  '?page=1e309',
  '?a[]=1&a[]=2',
  '?__proto__[x]=1',
  '?%=%',
  '?url=javascript:alert(1)&w=1e9&q=-1',
  '?_rsc=%',
  '?slug=../../etc/passwd',
  '?q=日本語&q=🏃',
  '?' + '&'.repeat(300),
]
const NUMBERS = [
  '0',
  '-1',
  '1',
  '2.5',
  '1e9',
  'NaN',
  'Infinity',
  '999999999999999999999999',
  '0x10',
  '00002',
  ' 2',
  '2/',
]

/** Makes a string safe for an HTTP request line without normalising it: `%` and `..` stay as they are. */
const raw = (text) => text.replace(/[^\x21-\x7e]/gu, (char) => encodeURIComponent(char)).replace(/#/g, '%23')

export function fuzzTargets(count = 1000, seed = 8) {
  const next = seededRandom(seed)
  const pick = (list) => list[Math.floor(next() * list.length)]
  const targets = new Set([
    '/x/%',
    '/%',
    '/articles/%',
    '/articles/..%2f..%2f..%2fetc%2fpasswd',
    '/articles/../../../etc/passwd',
    '/media/..%2f..%2fpackage.json',
    '/media/../../../../etc/passwd',
    '/articles/' + 'a'.repeat(10000),
    '/' + 'a/'.repeat(2000),
    '/page/' + '9'.repeat(400),
    '/search?q=' + '%'.repeat(2000),
    '/_next/image?url=%2F&w=16&q=75',
    '/_next/image?url=http://169.254.169.254/&w=64&q=75',
  ])
  while (targets.size < count) {
    const prefix = pick(PREFIXES)
    const kind = next()
    let tail
    if (kind < 0.15) tail = pick(NUMBERS)
    else if (kind < 0.25) tail = pick(PIECES).repeat(1 + Math.floor(next() * 400))
    else tail = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(PIECES)).join('')
    targets.add(raw(prefix + tail + pick(QUERIES)))
  }
  return [...targets].slice(0, count)
}
