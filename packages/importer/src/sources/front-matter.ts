import { isIsoDate, isoDateTimeSchema } from '@blog/schemas'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { ImportError } from '../errors.ts'

const text = z.string().trim().min(1)
const list = z
  .union([z.array(z.union([z.string(), z.number()])), z.string()])
  .transform((value) =>
    (Array.isArray(value) ? value.map(String) : value.split(',')).map((item) => item.trim()).filter(Boolean),
  )

/** The front matter keys the importer reads; anything else is reported and left out. */
const frontMatterSchema = z.object({
  title: text.optional(),
  slug: text.optional(),
  date: z.union([z.string(), z.date()]).optional(),
  author: text.optional(),
  tags: list.optional(),
  excerpt: text.optional(),
  publication: text.optional(),
  /** Hugo, Jekyll and Eleventy spell it either way. */
  categories: list.optional(),
  category: list.optional(),
  /** Old addresses of the post (Hugo `aliases`, Jekyll `redirect_from`, a `url`/`permalink` it was served at). */
  aliases: list.optional(),
  redirect_from: list.optional(),
  url: text.optional(),
  permalink: text.optional(),
  draft: z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]).optional(),
  published: z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]).optional(),
  /** The cover image: a path relative to the post, a site path or a URL. */
  image: text.optional(),
  cover: z.union([text, z.object({ image: text, alt: text.optional(), caption: text.optional() })]).optional(),
  image_alt: text.optional(),
})
export type FrontMatter = z.infer<typeof frontMatterSchema>

const KNOWN_KEYS = new Set(Object.keys(frontMatterSchema.shape))

/** Splits `---` YAML front matter off a Markdown file. A file without it has empty front matter. */
export function splitFrontMatter(source: string): { data: FrontMatter; content: string; ignoredKeys: string[] } {
  if (!/^---[ \t]*\n/.test(source)) return { data: {}, content: source, ignoredKeys: [] }
  const end = /\n---[ \t]*(?:\n|$)/.exec(source)
  if (!end) throw new ImportError('front matter starts with "---" but has no closing "---" line')
  let raw: unknown
  try {
    raw = parseYaml(source.slice(source.indexOf('\n') + 1, end.index)) ?? {}
  } catch (error) {
    throw new ImportError(`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ImportError('front matter must be "key: value" lines')
  }
  const parsed = frontMatterSchema.safeParse(raw)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new ImportError(`front matter: ${problems.join('; ')}`)
  }
  return {
    data: parsed.data,
    content: source.slice(end.index + end[0].length),
    ignoredKeys: Object.keys(raw).filter((key) => !KNOWN_KEYS.has(key)),
  }
}

/** `2024-05-01` (midnight UTC, as the site prints dates in UTC) or a full ISO date-time with an offset. */
export function toPublishedAt(value: string | Date, where: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ImportError(`${where} is not a valid date`)
    return value.toISOString()
  }
  const trimmed = value.trim()
  if (isIsoDate(trimmed)) return `${trimmed}T00:00:00Z`
  if (isoDateTimeSchema.safeParse(trimmed).success) return trimmed
  throw new ImportError(
    `${where} "${value}" is not a date: use YYYY-MM-DD or an ISO date-time such as 2024-05-01T08:00:00Z`,
  )
}
