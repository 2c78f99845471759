import type { JsonLd } from '@/lib/seo'

/**
 * Structured data for search engines. `<` is written as `\u003c`, so no text in the data (a title
 * with `</script>`) can end the script element early; JSON parsers read it back unchanged.
 */
export function JsonLdScript({ data }: { data: JsonLd }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  )
}
