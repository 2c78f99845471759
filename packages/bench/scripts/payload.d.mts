export interface FlightRow {
  id: string
  value: string
  text: boolean
}
export function flightRows(text: string): FlightRow[]
export function rowKind(row: FlightRow): 'framework' | 'metadata' | 'tree'
export function payloadBreakdown(html: string): {
  scripts: number
  framework: number
  metadata: number
  tree: number
  wrapping: number
}
