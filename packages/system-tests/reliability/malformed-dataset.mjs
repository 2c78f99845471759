// A hostile copy of the sample dataset: each added or altered document breaks one rule. `bad` lists the
// ids content:check must report, `hostile` the documents that are valid but carry markup and scripts.

const XSS = '<script>window.__pwned=1;alert(1)</script>'
const IMG_XSS = '<img src=x onerror="window.__pwned=1;alert(1)">'
let keys = 0
const key = () => `k${(keys++).toString(16).padStart(6, '0')}`
const span = (text, marks = []) => ({ _type: 'span', _key: key(), text, marks })
const block = (children, markDefs = []) => ({ _type: 'block', _key: key(), style: 'normal', markDefs, children })
const link = (href) => ({ _type: 'link', _key: key(), href })
const internal = (ref) => ({ _type: 'internalLink', _key: key(), reference: { _type: 'reference', _ref: ref } })
const ref = (id, keyed = false) => ({ _type: 'reference', _ref: id, ...(keyed ? { _key: key() } : {}) })

/** A body with one link per hostile href, each shown as its own text. */
function linkBody(hrefs) {
  const defs = hrefs.map(link)
  return [
    block(
      defs.map((def, i) => span(`hostile link ${i} `, [def._key])),
      defs,
    ),
  ]
}

export function malformedDataset(docs) {
  const sample = docs.find((doc) => doc._type === 'article' && new Date(doc.publishedAt) <= new Date())
  const author = docs.find((doc) => doc._id === sample.author._ref)
  const book = docs.find((doc) => doc._type === 'book')
  const article = (id, fields) => ({
    ...sample,
    _id: id,
    slug: { _type: 'slug', current: id },
    // Copies of the sample article: its old addresses stay its own (two articles claiming one path is itself
    // something content:check reports).
    previousSlugs: undefined,
    oldPaths: undefined,
    ...fields,
  })
  const hostileHrefs = [
    'javascript:alert(1)',
    'JaVaScRiPt:window.__pwned=1',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
  ]

  const added = [
    article('bad-missing-title', { title: undefined }),
    article('bad-wrong-types', { title: 42, publishedAt: 'yesterday', tags: 'not-a-list', categories: { _ref: 'x' } }),
    article('bad-dangling', {
      author: ref('author-nobody'),
      categories: [ref('category-nobody', true)],
      relatedBooks: [ref('book-nobody', true)],
      body: [block([span('to nowhere', ['m1'])], [{ ...internal('article-nobody'), _key: 'm1' }])],
    }),
    article('bad-author-is-article', { author: ref('circle-a') }),
    article('circle-a', {
      title: 'Circle A',
      relatedBooks: [ref('bad-book-circle', true)],
      body: [block([span('see B', ['m1'])], [{ ...internal('circle-b'), _key: 'm1' }])],
    }),
    article('circle-b', {
      title: 'Circle B',
      body: [
        block(
          [span('see A', ['m1']), span(' and me', ['m2'])],
          [
            { ...internal('circle-a'), _key: 'm1' },
            { ...internal('circle-b'), _key: 'm2' },
          ],
        ),
      ],
    }),
    {
      ...book,
      _id: 'bad-book-circle',
      slug: { _type: 'slug', current: 'bad-book-circle' },
      authors: [ref('circle-a', true)],
    },
    article('bad-links', {
      title: 'Hostile links',
      body: linkBody(hostileHrefs),
      writtenFor: { name: 'Evil', url: 'javascript:alert(1)' },
    }),
    {
      ...author,
      _id: 'bad-author-links',
      slug: { _type: 'slug', current: 'bad-author-links' },
      name: 'Hostile links author',
      website: 'javascript:alert(1)',
      socialLinks: [{ _type: 'link', _key: key(), label: 'x', url: 'data:text/html,<script>alert(1)</script>' }],
    },
    article('hostile-markup', {
      title: `${XSS} Markup in every field`,
      excerpt: `${IMG_XSS} </script><script>window.__pwned=1</script>`,
      tags: [XSS, '"><svg onload=alert(1)>'],
      body: [
        block([span(`${XSS}${IMG_XSS}</p><iframe src="javascript:alert(1)"></iframe>`)]),
        { _type: 'callout', _key: key(), tone: 'note', title: XSS, text: IMG_XSS },
        { _type: 'pullQuote', _key: key(), quote: XSS, attribution: IMG_XSS },
      ],
      seo: { title: `</title>${XSS}`, description: `"><script>window.__pwned=1</script>` },
    }),
    article('hostile-huge', {
      title: 'A five megabyte body',
      body: Array.from({ length: 1000 }, (_, i) => block([span(`Paragraph ${i} `.padEnd(5 * 1024, 'lorem ipsum '))])),
    }),
    {
      ...author,
      _id: 'hostile-author-markup',
      slug: { _type: 'slug', current: 'hostile-author-markup' },
      name: `${XSS} Author`,
      shortBio: IMG_XSS,
    },
  ]
  return {
    docs: [...docs, ...added],
    bad: [
      'bad-missing-title',
      'bad-wrong-types',
      'bad-dangling',
      'bad-author-is-article',
      'bad-book-circle',
      'bad-links',
      'bad-author-links',
    ],
    hostile: {
      articles: [
        'hostile-markup',
        'hostile-huge',
        'circle-a',
        'circle-b',
        'bad-links',
        'bad-dangling',
        'bad-author-is-article',
        'bad-missing-title',
        'bad-wrong-types',
      ],
      authors: ['hostile-author-markup', 'bad-author-links'],
      books: ['bad-book-circle'],
    },
  }
}
