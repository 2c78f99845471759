import { readFileSync } from 'node:fs'
import { evaluate, parse } from 'groq-js'
import * as queries from '../queries.ts'
import { writeDataset } from '../test/fixtures.ts'
import { DatasetIndex } from './dataset-index.ts'
import { parseNdjson } from '@blog/schemas'
import { createEmbeddedSource } from './embedded.ts'
import { SAMPLE_DATASET } from '@blog/sample-content'
import { generateDataset } from '@blog/sample-content/generate'

const sample = parseNdjson(readFileSync(SAMPLE_DATASET, 'utf8')) as {
  _id: string
  _type: string
  slug?: { current?: string }
  previousSlugs?: string[]
  oldPaths?: string[]
}[]
const now = () => new Date('2026-03-01T00:00:00Z')

type Doc = (typeof sample)[number]

/** Every query with parameters drawn from the dataset: real, renamed and unknown slugs, old paths, ids and pages. */
function cases(docs: Doc[]) {
  const slugs = (type: string) => docs.filter((doc) => doc._type === type).map((doc) => doc.slug?.current ?? '')
  const sampled = (list: string[]) =>
    [list[0], list[Math.floor(list.length / 2)], list.at(-1)].filter((x): x is string => Boolean(x))
  const slugParams = [
    ...['article', 'author', 'book', 'category'].flatMap((type) => sampled(slugs(type))),
    ...docs.flatMap((doc) => doc.previousSlugs ?? []).slice(0, 2),
    'no-such-slug',
  ]
  const ids = sampled(docs.filter((doc) => doc._type !== 'sanity.imageAsset').map((doc) => doc._id))
  const base = {
    start: 0,
    end: 10,
    pool: 12,
    limit: 10,
    pattern: 'easy* run*',
    ids: [...ids, 'missing-id'],
    path: '/no/such/old-path',
  }
  const params = [
    ...sampled(docs.flatMap((doc) => doc.oldPaths ?? [])).map((path) => ({ ...base, slug: 'x', id: ids[0], path })),
    ...slugParams.map((slug) => ({ ...base, slug, id: ids[0] })),
    ...ids.map((id) => ({ ...base, slug: 'x', id, start: 5, end: 25, pattern: 'recovery' })),
    { ...base, slug: 'x', id: 'siteSettings', pattern: 'tempo', ids: [] },
  ]
  return Object.entries(queries)
    .flatMap(([name, query]) =>
      typeof query === 'string' && query.includes('*') ? [{ name, query: query as string }] : [],
    )
    .flatMap(({ name, query }) => params.map((p) => ({ name, query, params: p })))
}

async function compare(docs: Doc[]) {
  const datasetPath = writeDataset(docs)
  const indexed = createEmbeddedSource({ datasetPath, now })
  const plain = createEmbeddedSource({ datasetPath, now, indexes: false })
  let narrowed = 0
  for (const { name, query, params } of cases(docs)) {
    const [a, b] = await Promise.all([indexed.fetch(query, params), plain.fetch(query, params)])
    try {
      expect(a).toEqual(b)
    } catch (error) {
      throw new Error(`${name} with ${JSON.stringify(params)} differs: ${(error as Error).message}`)
    }
    if (JSON.stringify(a) !== 'null') narrowed++
  }
  return narrowed
}

describe('dataset indexes', () => {
  it('answer every query exactly as a plain scan on the sample dataset', async () => {
    expect(await compare(sample)).toBeGreaterThan(0)
  })

  it('answer every query exactly as a plain scan on a generated dataset', async () => {
    const docs = generateDataset(sample, { articles: 120, authors: 8, books: 12, categories: 5, now: now() }) as Doc[]
    expect(await compare(docs)).toBeGreaterThan(0)
  })

  it('narrow a slug lookup to the matching document and keep nested scans on the whole dataset', async () => {
    const docs = generateDataset(sample, { articles: 50, authors: 3, books: 4, categories: 2, now: now() })
    const index = new DatasetIndex(docs)
    const query = `*[_type == "article" && slug.current == $slug && title != "x"]{_id, "n": count(*[_type == "author"])}`
    const tree = await index.narrow(parse(query, { params: { slug: 'article-00007' } }), now())
    const base = (tree as unknown as { base: { base: { type: string; value: unknown[] } } }).base.base
    expect(base.type).toBe('Value')
    expect(base.value).toHaveLength(1)
    const value = await (
      await evaluate(tree, { dataset: docs, dereference: index.dereference, timestamp: now() })
    ).get()
    expect(value).toEqual([{ _id: 'article-gen-00007', n: 3 }])
  })

  it('answer an || of terms keyed by the enclosing document (related articles) from one lookup', async () => {
    const docs = generateDataset(sample, { articles: 40, authors: 3, books: 3, categories: 3, now: now() }) as Doc[]
    const index = new DatasetIndex(docs)
    const published = (doc: Doc) => new Date((doc as { publishedAt?: string }).publishedAt ?? 0) <= now()
    const slug = docs.find((doc) => doc._type === 'article' && published(doc))!.slug!.current!
    const tree = await index.narrow(parse(queries.relatedArticlesQuery, { params: { slug, pool: 12 } }), now())
    expect(JSON.stringify(tree)).toContain('any:')
    // Its candidates come from the published-article selection, so groq-js no longer parses a date per document.
    expect(JSON.stringify(tree)).not.toContain('"name":"now"')
    const run = async (indexed: boolean) =>
      (
        await evaluate(indexed ? tree : parse(queries.relatedArticlesQuery, { params: { slug, pool: 12 } }), {
          dataset: docs,
          dereference: indexed ? index.dereference : undefined,
          timestamp: now(),
        })
      ).get()
    const related = (await run(true)) as { candidates: unknown[] }
    expect(related.candidates.length).toBeGreaterThan(0)
    expect(related).toEqual(await run(false))

    // A restriction forgotten after many other queries falls back to the whole selection: the same answer.
    for (let i = 0; i < 300; i++)
      await index.narrow(parse(queries.relatedArticlesQuery, { params: { slug, pool: 1 } }), now())
    expect(await run(true)).toEqual(related)
  })

  it('replace a filter that indexes answer exactly (the published-article test) by its result', async () => {
    const docs = generateDataset(sample, { articles: 30, authors: 2, books: 2, categories: 2, now: now() })
    const index = new DatasetIndex(docs)
    const tree = await index.narrow(
      parse(`count(*[_type == "article" && defined(slug.current) && dateTime(publishedAt) <= dateTime(now())])`),
      now(),
    )
    const arg = (tree as unknown as { args: { type: string; value: { _id: string }[] }[] }).args[0]!
    expect(arg.type).toBe('Value')
    // Article 0 of every 97 is scheduled after `now`.
    expect(arg.value.map((doc) => doc._id)).toHaveLength(29)
  })

  it('follow groq-js on edge cases: duplicate ids, non-string values and keys, references() stopping at a reference, dates', async () => {
    const docs = [
      {
        _id: 'a',
        _type: 'x',
        slug: { current: 1 },
        tags: ['t', 't'],
        ref: { _ref: 'b', nested: { _ref: 'c' } },
        at: '2026-02-01T00:00:00Z',
        owner: 'b',
      },
      {
        _id: 'a',
        _type: 'y',
        slug: { current: '1' },
        at: '2026-03-01T00:00:00.000Z',
        cats: [{ _ref: 'b' }, 'b', { _ref: 2 }],
      },
      {
        _id: 'b',
        _type: 'x',
        list: [{ deep: { _ref: 'c' } }],
        tags: 't',
        at: '2026-03-01T00:00:00.001Z',
        owner: null,
        n: 2,
      },
      { _id: 'c', _type: 'x', at: '2026-03-01', slug: null, owner: 2, cats: { _ref: 'b' } },
      { _id: 'd', _type: 'x', at: 'soon', slug: {}, cats: [{ _ref: 'a' }] },
      // Keys holding the separators an `any:` lookup joins keys with: the lookup must not split them.
      { _id: 'e', _type: 'x', owner: 'a\u0001b', cats: [{ _ref: 'a\u0002c' }, { _ref: 'b' }] },
    ]
    const index = new DatasetIndex(docs)
    for (const query of [
      '*[_id == "a"]',
      '*[slug.current == "1"]',
      '*["t" in tags]',
      '*[references("c")]',
      '*[references(["b", 3])]',
      '*[_id in ["b", "a"] && _type == "x"]',
      '*[_id == "b"][0]{"r": list[0].deep->}',
      '*[_id == "a"][0]{"r": ref->}',
      '*[defined(slug.current) && _type == "x"]{_id}',
      '*[defined(slug)]{_id}',
      '*[dateTime(at) <= dateTime(now())]{_id}',
      '*[_type == "x" && dateTime(at) <= dateTime(now())]{_id}',
      '*{_id, "owned": *[owner == ^._id]{_id}, "byN": *[owner == ^.n]{_id}, "none": *[owner == ^.missing]{_id}}',
      '*{_id, "in": *[^._id in cats[]._ref]{_id}, "refs": *[references(^._id)]{_id}, "arr": *[references(^.tags)]{_id}}',
      '*{_id, "deep": *[_id == ^._id]{"x": *[_type == ^.^._type]{_id}}}',
      '*[_type == "x"]{_id, "up": *[_id == ^.owner && _type == "x"]{_id}}',
      '*{_id, "either": *[owner == ^.owner || references(^.cats[]._ref)]{_id}}',
      '*{_id, "x": *[_type == "x" && (owner == ^._id || ^._id in cats[]._ref || references(^._id))]{_id}}',
      '*{_id, "list": *[references(^.cats[]._ref)]{_id}}',
      '*[_id == "a" || (_type == "x" || "t" in tags)]{_id}',
      '*{_id, "mixed": *[owner == ^._id || _type == "y"]{_id}}',
      '*{_id, "sep": *[_id == ^.owner || references(^.cats[]._ref)]{_id}}',
      '*{_id, "sep2": *[_type == "x" && (_id == ^.owner || owner == ^.owner || references(^.cats[]._ref))]{_id}}',
    ]) {
      const tree = parse(query)
      const plain = await (await evaluate(parse(query), { dataset: docs, timestamp: now() })).get()
      const narrowed = await index.narrow(tree, now())
      const fast = await (
        await evaluate(narrowed, { dataset: docs, dereference: index.dereference, timestamp: now() })
      ).get()
      expect([query, fast]).toEqual([query, plain])
    }
  })

  it('read no key "3" for the number 3 in a list of keys from the enclosing document', async () => {
    const docs = [
      { _id: 'a', _type: 'x', cats: [{ _ref: 3 }] },
      { _id: 'b', _type: 'x', ref: { _ref: '3' } },
    ]
    const query = '*[_id == "a"]{_id, "refs": *[references(^.cats[]._ref)]{_id}}'
    const index = new DatasetIndex(docs)
    const narrowed = await index.narrow(parse(query), now())
    const fast = await (await evaluate(narrowed, { dataset: docs, dereference: index.dereference })).get()
    const plain = await (await evaluate(parse(query), { dataset: docs })).get()
    expect(plain).toEqual([{ _id: 'a', refs: [] }])
    expect(fast).toEqual(plain)
  })
})
