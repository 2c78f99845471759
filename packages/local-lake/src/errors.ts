/** An error the lake answers in the Content Lake's shape: `{ error: { type, description }, statusCode }`. */
export class LakeError extends Error {
  readonly statusCode: number
  readonly type: string
  readonly documentId: string | undefined
  /** More of the Content Lake's fields for this error (`items` of a failed transaction, `query` and `start`). */
  readonly details: Record<string, unknown> | undefined

  constructor(
    statusCode: number,
    type: string,
    description: string,
    documentId?: string,
    details?: Record<string, unknown>,
  ) {
    super(description)
    this.statusCode = statusCode
    this.type = type
    this.documentId = documentId
    this.details = details
  }

  toJSON() {
    return {
      error: {
        type: this.type,
        description: this.message,
        ...(this.documentId ? { id: this.documentId } : {}),
        ...this.details,
      },
      statusCode: this.statusCode,
    }
  }
}
