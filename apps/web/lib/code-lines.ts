/** A line of code as coloured tokens (lib/highlight.ts); a block without them shows its code plain. */
export type CodeLine = { content: string; color?: string }[]
