import 'server-only'
import { bundledLanguages, createHighlighter, type BundledLanguage, type Highlighter } from 'shiki'
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript'
import type { PortableTextBody } from '@blog/schemas'
import type { CodeLine } from './code-lines'

/** The Studio's language names that Shiki knows by another one. */
const ALIASES: Record<string, string> = { sh: 'shellscript', batchfile: 'bat', mysql: 'sql' }

function shikiLanguage(language: string | null | undefined): BundledLanguage | 'text' {
  const name = language ? (ALIASES[language] ?? language) : 'text'
  return name in bundledLanguages ? (name as BundledLanguage) : 'text'
}

// One highlighter per process, each grammar loaded the first time a block uses it. The JavaScript regex engine, not
// the WebAssembly one: nothing to instantiate, and it runs wherever the server does.
let highlighter: Promise<Highlighter> | undefined

async function linesOf(code: string, language: string | null | undefined): Promise<CodeLine[]> {
  const lang = shikiLanguage(language)
  highlighter ??= createHighlighter({ themes: ['github-light'], langs: [], engine: createJavaScriptRegexEngine() })
  const ready = await highlighter
  if (lang !== 'text' && !ready.getLoadedLanguages().includes(lang)) await ready.loadLanguage(lang)
  return ready
    .codeToTokens(code, { lang, theme: 'github-light' })
    .tokens.map((line) => line.map(({ content, color }) => ({ content, color })))
}

/**
 * The body with each code block's lines coloured by Shiki (the highlighter Next's and Sanity's own docs use). Called
 * inside the cached article read (lib/content.ts): colouring happens once per read, not per request, and Shiki reads
 * the clock, which a prerendered page may only do inside a cache. A block that fails to colour stays plain.
 */
export async function withHighlightedCode<T extends { _id: string; body: PortableTextBody }>(article: T): Promise<T> {
  if (!article.body.some((block) => block._type === 'code')) return article
  const body = await Promise.all(
    article.body.map(async (block) => {
      if (block._type !== 'code' || !block.code) return block
      try {
        return { ...block, lines: await linesOf(block.code, block.language) }
      } catch (error) {
        console.error(`[highlight] ${article._id} code block ${block._key}: ${String(error)}`)
        return block
      }
    }),
  )
  return { ...article, body }
}
