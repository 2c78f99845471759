import type { spawnSync } from 'node:child_process'

export interface Tool {
  name: string
  bin: string
  debianPackage: string
}
export function missingTools(tools: Tool[], run?: typeof spawnSync): Tool[]
export function ensureTools(
  tools: Tool[],
  options?: {
    run?: (command: string, args: string[], options: object) => { error?: Error; status: number | null }
    isRoot?: boolean
    exit?: (code: number) => void
    log?: (message: string) => void
  },
): void
