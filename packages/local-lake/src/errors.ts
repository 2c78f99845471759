/** An error the lake answers in the Content Lake's shape: `{ error: { type, description }, statusCode }`. */
export class LakeError extends Error {
  readonly statusCode: number
  readonly type: string
  readonly documentId: string | undefined

  constructor(statusCode: number, type: string, description: string, documentId?: string) {
    super(description)
    this.statusCode = statusCode
    this.type = type
    this.documentId = documentId
  }

  toJSON() {
    return {
      error: { type: this.type, description: this.message, ...(this.documentId ? { id: this.documentId } : {}) },
      statusCode: this.statusCode,
    }
  }
}
