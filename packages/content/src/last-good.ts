/** A bounded map of the last successful result per query; the oldest entry goes first. */
export class LastGood {
  private readonly entries = new Map<string, unknown>()
  private readonly capacity: number

  constructor(capacity: number) {
    this.capacity = capacity
  }

  has(key: string): boolean {
    return this.entries.has(key)
  }

  get(key: string): unknown {
    return this.entries.get(key)
  }

  set(key: string, value: unknown): void {
    this.entries.delete(key)
    this.entries.set(key, value)
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
  }

  get size(): number {
    return this.entries.size
  }
}

/** A short, log-friendly name for a query: its first filter and its params. */
export function describeQuery(query: string, params: Record<string, unknown>): string {
  const head = query.replace(/\s+/g, ' ').slice(0, 60)
  return `${head}… ${JSON.stringify(params)}`
}
