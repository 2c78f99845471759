import type { ArbitraryTypedObject } from '@portabletext/block-tools'
import type { HtmlToBodyOptions, PendingFiles } from './types.ts'

/** What one conversion shares between its steps. */
export interface Context {
  options: HtmlToBodyOptions
  /** Messages for the person running the import; a Set, so the same thing is said once. */
  notes: Set<string>
  /** Image addresses by the placeholder `_key` their block carries through block-tools. */
  images: Map<string, string>
  /** Audio and video blocks' files to store (the file, its captions and poster), by the block's placeholder `_key`. */
  files: Map<string, PendingFiles>
  /** Blocks made before block-tools runs (embeds, link cards), by the key of the `<figure data-import-block>` left in their place. */
  blocks: Map<string, ArbitraryTypedObject>
  /** Placeholder keys, unique within the conversion; the final keys are set once the body is complete. */
  nextKey: () => string
}

export function createContext(options: HtmlToBodyOptions): Context {
  let n = 0
  return {
    options,
    notes: new Set(),
    images: new Map(),
    files: new Map(),
    blocks: new Map(),
    nextKey: () => `tmp${n++}`,
  }
}

/** Long addresses cut for a message: the start says enough. */
export function shorten(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine
}

/** "a <form>", "an <iframe>". */
export const elementName = (tag: string) => `${/^[aeiou]/.test(tag) ? 'an' : 'a'} <${tag}>`
