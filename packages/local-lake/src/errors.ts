/** An error the lake answers in the Content Lake's shape: `{ error: { type, description }, statusCode }`. */
export class LakeError extends Error {
  readonly statusCode: number
  readonly type: string
  readonly documentId: string | undefined
  /** A failed transaction's failures, one per mutation, as the Content Lake lists them under `error.items`. */
  readonly items: { index: number; error: { type: string; description: string } }[] | undefined

  constructor(
    statusCode: number,
    type: string,
    description: string,
    documentId?: string,
    items?: { index: number; error: { type: string; description: string } }[],
  ) {
    super(description)
    this.statusCode = statusCode
    this.type = type
    this.documentId = documentId
    this.items = items
  }

  toJSON() {
    return {
      error: {
        type: this.type,
        description: this.message,
        ...(this.documentId ? { id: this.documentId } : {}),
        ...(this.items ? { items: this.items } : {}),
      },
      statusCode: this.statusCode,
    }
  }
}
