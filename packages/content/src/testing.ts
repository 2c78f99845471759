/**
 * Test helpers for suites that exercise the content layer, here and in other workspaces (`@blog/content/testing`).
 * Never imported by the app.
 */
import type { Logger } from './parse.ts'

/** A logger that keeps every line, so a test can assert what was (or was not) logged. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    warn: (message: string) => void lines.push(`warn ${message}`),
    error: (message: string) => void lines.push(`error ${message}`),
  }
}

/** Search input a reader (or a bot) may type: empty, GROQ and regex syntax, control characters, huge, unicode. */
export const HOSTILE_SEARCH_INPUTS = [
  '',
  '   ',
  'a',
  '*',
  '"] | *[_type == "author"]',
  '$slug',
  'match(*)',
  '\u0000\u202e',
  '🏃‍♀️🏃‍♀️',
  'ab'.repeat(5000),
  '((((((((((a*)*)*)*)*)*)*)*',
  '..........e',
  'Läufer ünd café 跑步',
]
