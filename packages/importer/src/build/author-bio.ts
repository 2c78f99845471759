/** Reads the structured parts of a free-text author bio: credentials, specialties and roles, where the text says them. */
import { SHORT_BIO_MAX_LENGTH } from '@blog/schemas'
import { capitalize, clip, sentences } from '../text.ts'

export interface Credential {
  title: string
  institution?: string
  year?: number
}

export interface BioFacts {
  shortBio?: string
  credentials: Credential[]
  specialties: string[]
  roles: string[]
}

const DEGREE =
  /\b(?:received|earned|holds|obtained|completed|has)\s+(?:a|an|his|her|their)\s+((?:(?:bachelor|master|associate)['’]?s\s+|doctoral\s+|graduate\s+|undergraduate\s+)?degree|B\.?A\.?|B\.?S\.?c?\.?|M\.?A\.?|M\.?S\.?c?\.?|MBA|Ph\.?D\.?|diploma)\s+in\s+([^,;]+?)\s+from\s+(?:the\s+)?([^,;]+?)(?:\s+in\s+(\d{4}))?(?=\s*[,;.]|\s+and\s|$)/gi
const CERTIFIED =
  /\b(certified|licensed|registered|accredited)\s+((?:[\w-]+\s+){0,3}?(?:trainer|therapist|coach|instructor|specialist|nutritionist|dietitian|practitioner|physiotherapist|teacher|counsell?or))\b/gi
const SPECIALTIES =
  /^(?:specialties|specialities|areas of expertise|expertise|specializes in|specialises in)\s*[:–—-]?\s*/i
const ROLE =
  /\b(?:is|works as|serves as)\s+(?:also\s+)?(?:an?|the)\s+(.+?)(?=\s+(?:experienced|who|with|based|specializing|specialising|for|at)\b|[,;.]|$)/g
const CAPITALISED_RUN = /(?:\p{Lu}[\p{L}/'’-]*\s+)*\p{Lu}[\p{L}/'’-]*$/u

/** "Baseball, football, hockey and basketball writing" -> the four items, first letter capitalised. */
export function splitList(text: string): string[] {
  const parts = text
    .replace(/[.;]+$/, '')
    .split(/\s*[,;]\s*/)
    .filter(Boolean)
  const last = parts.pop()
  if (last !== undefined) parts.push(...last.split(/\s+(?:and|&)\s+/).slice(0, 2))
  const tail = last?.split(/\s+(?:and|&)\s+/).slice(2)
  if (tail?.length) parts[parts.length - 1] += ` and ${tail.join(' and ')}`
  return parts
    .map((part) => part.replace(/^(?:and|&)\s+/i, '').trim())
    .filter(Boolean)
    .map(capitalize)
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const k = key(item).toLowerCase()
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

export function readBio(paragraphs: string[]): BioFacts {
  const credentials: Credential[] = []
  const specialties: string[] = []
  const roles: string[] = []
  for (const paragraph of paragraphs) {
    const label = SPECIALTIES.exec(paragraph)
    if (label) specialties.push(...splitList(sentences(paragraph.slice(label[0].length))[0] ?? ''))
    for (const [, kind = '', field = '', institution = '', year] of paragraph.matchAll(DEGREE)) {
      credentials.push({
        title: `${capitalize(kind)} in ${field.trim()}`,
        institution: institution.trim(),
        ...(year ? { year: Number(year) } : {}),
      })
    }
    for (const [, prefix = '', what = ''] of paragraph.matchAll(CERTIFIED)) {
      credentials.push({ title: capitalize(`${prefix} ${what}`.toLowerCase()) })
    }
    for (const [, match = ''] of paragraph.matchAll(ROLE)) {
      const phrase = match.trim()
      const named = CAPITALISED_RUN.exec(phrase)?.[0]
      if (named) roles.push(named)
      else if (phrase.split(' ').length <= 4 && !/^(certified|licensed|registered)\b/i.test(phrase))
        roles.push(capitalize(phrase))
    }
  }
  const first = paragraphs[0]
  return {
    ...(first ? { shortBio: clip(first, SHORT_BIO_MAX_LENGTH) } : {}),
    credentials: uniqueBy(credentials, (c) => c.title),
    specialties: uniqueBy(specialties, (s) => s),
    roles: uniqueBy(roles, (r) => r),
  }
}
