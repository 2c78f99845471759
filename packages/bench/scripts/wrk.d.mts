export interface WrkResult {
  requests: number
  rps: number
  p50: number
  p99: number
  non2xx: number
  socketErrors: number
  errors: number
}
export function parseWrk(text: string): WrkResult
export function combineRounds(results: WrkResult[]): WrkResult
