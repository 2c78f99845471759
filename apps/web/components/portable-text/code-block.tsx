import type { CodeBlock as CodeBlockValue } from '@blog/schemas'
import type { Mark } from '@/lib/click-to-edit'
import type { CodeLine } from '@/lib/code-lines'

/**
 * Code as written, with the colours the article read gave it (lib/highlight.ts): spans with inline colours and no
 * script, every space and tab kept. Lines the editor marked are highlighted.
 */
export function CodeBlock({ value, mark }: { value: CodeBlockValue & { lines?: CodeLine[] }; mark?: Mark }) {
  const tokens: CodeLine[] = value.lines ?? (value.code ?? '').split('\n').map((content) => [{ content }])
  const marked = new Set(value.highlightedLines ?? [])
  return (
    <figure className="code-block" {...mark}>
      {value.filename ? <figcaption className="code-block__file">{value.filename}</figcaption> : null}
      <pre tabIndex={0} data-language={value.language ?? undefined}>
        <code>
          {tokens.map((line, index) => (
            <span key={index} className={marked.has(index + 1) ? 'line line--marked' : 'line'}>
              {line.map((token, at) => (
                <span key={at} style={token.color ? { color: token.color } : undefined}>
                  {token.content}
                </span>
              ))}
              {index < tokens.length - 1 ? '\n' : null}
            </span>
          ))}
        </code>
      </pre>
    </figure>
  )
}
