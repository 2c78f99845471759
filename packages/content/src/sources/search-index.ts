/**
 * An inverted index over the embedded dataset's articles that answers `searchQuery` (queries.ts)
 * without scanning every body: groq-js's `match` tokenizes each article's text on every search,
 * about 0.8 s over 10k articles. Tokens, prefix terms and scores follow groq-js's `match` and
 * `score()` rules, so the answer is the same; content tests compare the two on the sample dataset.
 */

/** Fields in the order the query scores them: boost(title, 3), excerpt, body. */
const FIELDS = 3
const TITLE_BOOST = 3
/** BM25 term-frequency saturation, as in groq-js scoring. */
const K = 1.2
// GROQ `match` tokens: runs of anything but whitespace and this ASCII punctuation; dots at word edges dropped.
const TOKEN = /[^!@#$%^&*(),\\/?";:{}|[\]+<>\s-]+/g
const EDGE_DOTS = /(\b\.+|\.+\b)/g
// One posting packs document, field and count into a single number, keeping the index compact.
const COUNT_SLOTS = 1024
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i

export interface IndexSourceRow {
  _id: string
  publishedAt?: unknown
  title?: unknown
  excerpt?: unknown
  body?: unknown
}

export interface SearchHits {
  total: number
  hits: { _id: string; _score: number }[]
}

/** Lowercase tokens: `match` compares case-insensitively; lowercasing first adds or removes no delimiter. */
function tokenize(text: unknown): string[] {
  if (typeof text !== 'string') return []
  return text.replace(EDGE_DOTS, '').toLowerCase().match(TOKEN) ?? []
}

const termScore = (freq: number) => (freq * (K + 1)) / (freq + K)

export class SearchIndex {
  private readonly ids: string[] = []
  private readonly published: string[] = []
  private readonly times: number[] = []
  private readonly postings = new Map<string, number[]>()
  private readonly vocabulary: string[]

  constructor(rows: IndexSourceRow[]) {
    for (const row of rows) {
      const publishedAt = typeof row.publishedAt === 'string' ? row.publishedAt : ''
      const time = Date.parse(publishedAt)
      // GROQ's dateTime() takes only full RFC 3339 timestamps; anything else is never published.
      if (!RFC3339.test(publishedAt) || Number.isNaN(time)) continue
      const doc = this.ids.push(row._id) - 1
      this.published.push(publishedAt)
      this.times.push(time)
      ;[row.title, row.excerpt, row.body].forEach((text, field) => this.add(doc, field, tokenize(text)))
    }
    this.vocabulary = [...this.postings.keys()].sort()
  }

  get size(): number {
    return this.ids.length
  }

  private add(doc: number, field: number, tokens: string[]) {
    const counts = new Map<string, number>()
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1)
    for (const [token, count] of counts) {
      let list = this.postings.get(token)
      if (!list) this.postings.set(token, (list = []))
      // Counts above a slot are split over several postings; frequencies are summed anyway.
      for (let rest = count; rest > 0; rest -= COUNT_SLOTS - 1) {
        list.push((doc * FIELDS + field) * COUNT_SLOTS + Math.min(rest, COUNT_SLOTS - 1))
      }
    }
  }

  /** Frequencies of tokens starting with `term`, at [document * 3 + field]. */
  private frequencies(term: string): Uint32Array {
    const freq = new Uint32Array(this.ids.length * FIELDS)
    let low = 0
    let high = this.vocabulary.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if ((this.vocabulary[mid] as string) < term) low = mid + 1
      else high = mid
    }
    for (let i = low; i < this.vocabulary.length && (this.vocabulary[i] as string).startsWith(term); i++) {
      for (const posting of this.postings.get(this.vocabulary[i] as string) ?? []) {
        const slot = Math.floor(posting / COUNT_SLOTS)
        freq[slot] = (freq[slot] ?? 0) + (posting % COUNT_SLOTS)
      }
    }
    return freq
  }

  /**
   * Articles published by `now` whose title, excerpt or body has every term as a word prefix,
   * best first (then newest, then by id), with the score `searchQuery` gives them.
   */
  search(terms: string[], { offset = 0, limit, now }: { offset?: number; limit: number; now: Date }): SearchHits {
    if (terms.length === 0) return { total: 0, hits: [] }
    const perTerm = terms.map((term) => this.frequencies(term.toLowerCase()))
    const has = (freq: Uint32Array, doc: number) =>
      freq[doc * FIELDS]! + freq[doc * FIELDS + 1]! + freq[doc * FIELDS + 2]! > 0
    const cutoff = now.getTime()
    const scored: { doc: number; score: number }[] = []
    for (let doc = 0; doc < this.ids.length; doc++) {
      if (this.times[doc]! > cutoff || !perTerm.every((freq) => has(freq, doc))) continue
      // Summed in the order groq-js sums, so equal scores stay equal and the order matches.
      let title = 0
      let excerpt = 0
      let body = 0
      for (const freq of perTerm) {
        title += termScore(freq[doc * FIELDS]!)
        excerpt += termScore(freq[doc * FIELDS + 1]!)
        body += termScore(freq[doc * FIELDS + 2]!)
      }
      let score = 0
      score += title > 0 ? title + TITLE_BOOST : 0
      score += excerpt
      score += body
      scored.push({ doc, score })
    }
    const { ids, published } = this
    scored.sort(
      (a, b) =>
        b.score - a.score ||
        (published[a.doc]! < published[b.doc]! ? 1 : published[a.doc]! > published[b.doc]! ? -1 : 0) ||
        (ids[a.doc]! < ids[b.doc]! ? -1 : ids[a.doc]! > ids[b.doc]! ? 1 : 0),
    )
    return {
      total: scored.length,
      hits: scored.slice(offset, offset + limit).map(({ doc, score }) => ({ _id: ids[doc]!, _score: score })),
    }
  }
}
