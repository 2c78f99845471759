/** Sanity's export format: one JSON document per line. */

/** A document as a line holds it: an object; its fields are checked by whoever reads it. */
export type NdjsonDocument = Record<string, unknown>

type OnError = (line: number, reason: string) => void

const throwError: OnError = (line, reason) => {
  throw new Error(`line ${line}: ${reason}`)
}

/**
 * The documents of an NDJSON text, in order; blank lines are skipped. A line that is not a JSON object goes to
 * `onError` with its 1-based number and the reason, and the rest still load; without `onError` it throws.
 */
export function parseNdjson(text: string, onError: OnError = throwError): NdjsonDocument[] {
  return readNdjson(text, onError).map(({ doc }) => doc)
}

/** `parseNdjson`, with the 1-based line each document came from (for reports that point at the line). */
export function readNdjson(text: string, onError: OnError = throwError): { line: number; doc: NdjsonDocument }[] {
  const documents: { line: number; doc: NdjsonDocument }[] = []
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return
    let doc: unknown
    try {
      doc = JSON.parse(raw)
    } catch (error) {
      onError(index + 1, `not valid JSON: ${(error as Error).message}`)
      return
    }
    if (typeof doc === 'object' && doc !== null && !Array.isArray(doc))
      documents.push({ line: index + 1, doc: doc as NdjsonDocument })
    else onError(index + 1, 'not a JSON object')
  })
  return documents
}

/** Documents as NDJSON, one per line, ending in a newline. */
export const toNdjson = (documents: readonly unknown[]): string =>
  documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n'
