// What old posts write for a language (highlighter classes, shortcode attributes, Markdown fences) mapped onto the
// names Sanity's code input offers, so the Studio's language menu shows the right one.
const ALIASES: Record<string, string> = {
  js: 'javascript',
  node: 'javascript',
  ts: 'typescript',
  htm: 'html',
  xhtml: 'html',
  xml: 'html',
  shell: 'sh',
  bash: 'sh',
  zsh: 'sh',
  console: 'sh',
  terminal: 'sh',
  py: 'python',
  yml: 'yaml',
  md: 'markdown',
  plain: 'text',
  plaintext: 'text',
  txt: 'text',
  none: 'text',
  golang: 'golang',
  go: 'golang',
  rb: 'ruby',
  cs: 'csharp',
  'c#': 'csharp',
}

/** The code input's name for a language as a post wrote it, or undefined when it names none. */
export function codeLanguage(raw: string | null | undefined): string | undefined {
  const name = (raw ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? ''
  if (!/^[a-z][\w+#-]*$/.test(name)) return undefined
  return ALIASES[name] ?? name
}
