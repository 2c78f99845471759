import { publishedId, readNdjson, storedDocumentSchema } from '@blog/schemas'

export interface DocumentProblem {
  /** `_id` of the document, or `line <n>` when the line has none. */
  id: string
  type: string
  /** 1-based line in the NDJSON file. */
  line: number
  reasons: string[]
}

export interface CheckResult {
  documents: number
  problems: DocumentProblem[]
}

/** The document types each reference field may point to (by the field's name). */
const REFERENCE_TARGETS: Record<string, readonly string[]> = {
  author: ['author'],
  authors: ['author'],
  categories: ['category'],
  relatedBooks: ['book'],
  asset: ['sanity.imageAsset', 'sanity.fileAsset'],
  reference: ['article', 'author', 'book'],
}

type Doc = { _id?: unknown; _type?: unknown; [field: string]: unknown }

const MAX_REASONS = 8

/** Every `_ref` in a value, with the path it sits at and the name of the field that holds it. */
function referencesIn(
  value: unknown,
  at: string,
  field: string,
  found: { path: string; field: string; ref: string; weak: boolean }[],
) {
  if (Array.isArray(value)) value.forEach((item, index) => referencesIn(item, `${at}[${index}]`, field, found))
  else if (value !== null && typeof value === 'object') {
    const { _ref, _weak } = value as { _ref?: unknown; _weak?: unknown }
    if (typeof _ref === 'string') found.push({ path: at, field, ref: _ref, weak: _weak === true })
    for (const [key, child] of Object.entries(value)) referencesIn(child, at ? `${at}.${key}` : key, key, found)
  }
  return found
}

/** The articles (by published id) that list each old address. */
function oldPathClaims(docs: Doc[]): Map<string, Set<string>> {
  const claims = new Map<string, Set<string>>()
  for (const doc of docs) {
    if (doc._type !== 'article' || !Array.isArray(doc.oldPaths)) continue
    for (const path of doc.oldPaths)
      if (typeof path === 'string') claims.set(path, (claims.get(path) ?? new Set()).add(publishedId(String(doc._id))))
  }
  return claims
}

/** An article's old addresses that another article lists too. */
function sharedOldPaths(doc: Doc, claims: Map<string, Set<string>>): string[] {
  if (doc._type !== 'article' || !Array.isArray(doc.oldPaths)) return []
  const self = publishedId(String(doc._id))
  return doc.oldPaths.flatMap((path: unknown, index) => {
    const others = typeof path === 'string' ? [...(claims.get(path) ?? [])].filter((id) => id !== self) : []
    return others.length ? [`oldPaths[${index}]: "${path}" is also an old address of ${others.join(', ')}`] : []
  })
}

/**
 * Validates an NDJSON dataset in Sanity's export format: every line is JSON, every document passes
 * `storedDocumentSchema`, ids are unique, every strong reference resolves to a document of a type
 * the field allows, and no two articles list the same old address (the blog could redirect it to only
 * one). Reference cycles (two articles linking to each other) are allowed: the queries never follow
 * references recursively.
 */
export function checkDataset(text: string): CheckResult {
  const problems: DocumentProblem[] = []
  const entries = readNdjson(text, (line, reason) =>
    problems.push({ id: `line ${line}`, type: '?', line, reasons: [`not a JSON document (${reason})`] }),
  ).map(({ doc, line }) => ({ doc: doc as Doc, line, reasons: [] as string[] }))

  const byId = new Map<string, Doc>()
  for (const entry of entries) {
    const id = typeof entry.doc._id === 'string' ? entry.doc._id : null
    if (id === null) continue
    if (byId.has(id)) entry.reasons.push(`duplicate _id "${id}"`)
    else byId.set(id, entry.doc)
  }

  const claims = oldPathClaims(entries.map((entry) => entry.doc))

  for (const entry of entries) {
    const result = storedDocumentSchema.safeParse(entry.doc)
    if (!result.success) {
      for (const issue of result.error.issues)
        entry.reasons.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`)
    }
    // Drafts may point at drafts or published documents; both count as present.
    for (const { path, field, ref, weak } of referencesIn(entry.doc, '', '', [])) {
      if (weak) continue
      const target = byId.get(ref) ?? byId.get(`drafts.${ref}`)
      if (!target) {
        entry.reasons.push(`${path}: reference to a missing document "${ref}"`)
        continue
      }
      const allowed = REFERENCE_TARGETS[field]
      if (allowed && !allowed.includes(String(target._type))) {
        entry.reasons.push(
          `${path}: references "${ref}" of type ${String(target._type)}, expected ${allowed.join(' or ')}`,
        )
      }
    }
    entry.reasons.push(...sharedOldPaths(entry.doc, claims))
    if (entry.reasons.length) {
      const reasons =
        entry.reasons.length > MAX_REASONS
          ? [...entry.reasons.slice(0, MAX_REASONS), `… and ${entry.reasons.length - MAX_REASONS} more`]
          : entry.reasons
      problems.push({
        id: typeof entry.doc._id === 'string' ? entry.doc._id : `line ${entry.line}`,
        type: String(entry.doc._type ?? '?'),
        line: entry.line,
        reasons,
      })
    }
  }
  problems.sort((a, b) => a.line - b.line)
  return { documents: text.split('\n').filter((raw) => raw.trim()).length, problems }
}
