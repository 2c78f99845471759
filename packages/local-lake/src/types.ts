// The shapes every module of the lake shares. A leaf: it imports nothing, so no two modules import each other
// through it.

/** A document as the lake stores it: Sanity's system fields are always set. */
export interface StoredDocument {
  _id: string
  _type: string
  _rev: string
  _createdAt: string
  _updatedAt: string
  [field: string]: unknown
}

/** One document a transaction touched: as it was before and as it is now (null: absent), and the mutations. */
export interface DocumentChange {
  id: string
  before: StoredDocument | null
  after: StoredDocument | null
  mutations: unknown[]
}

/** One committed transaction, with each document it touched. */
export interface CommittedTransaction {
  transactionId: string
  timestamp: string
  identity: string
  changes: DocumentChange[]
}
