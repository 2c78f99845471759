import { article, author, bookPage, settings } from '@/test/fixtures'
import { articleJsonLd, authorJsonLd, bookJsonLd, socialMetadata, type JsonLd } from './seo'

const SITE = 'https://blog.example'

// Properties schema.org defines for each type we emit (own and inherited from CreativeWork / Thing).
const THING = ['name', 'url', 'description', 'image', 'sameAs', 'alternateName', 'mainEntityOfPage']
const CREATIVE_WORK = [
  ...THING,
  'headline',
  'alternativeHeadline',
  'author',
  'publisher',
  'datePublished',
  'dateModified',
  'keywords',
  'mainEntity',
  'isPartOf',
  'inLanguage',
]
const PROPERTIES: Record<string, string[]> = {
  Article: [...CREATIVE_WORK, 'articleSection', 'wordCount'],
  Book: [...CREATIVE_WORK, 'isbn', 'bookFormat', 'numberOfPages'],
  Person: [...THING, 'jobTitle', 'knowsAbout', 'affiliation'],
  Organization: [...THING, 'logo'],
  WebPage: CREATIVE_WORK,
  ProfilePage: CREATIVE_WORK,
}

/** Every node: a known type, only that type's properties, absolute URLs, ISO dates. */
function expectValid(node: JsonLd, path = '$'): void {
  if (Array.isArray(node['@graph']))
    return node['@graph'].forEach((child, index) => expectValid(child, `${path}.@graph[${index}]`))
  const type = node['@type']
  if (type !== undefined) {
    expect({ path, type, known: type in PROPERTIES }).toEqual({ path, type, known: true })
    for (const key of Object.keys(node).filter((key) => !key.startsWith('@'))) {
      expect({ path, type, key, allowed: PROPERTIES[type]?.includes(key) }).toEqual({ path, type, key, allowed: true })
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'url' || key === '@id') expect(String(value)).toMatch(/^https?:\/\//)
    if (key.startsWith('date')) expect(Number.isNaN(Date.parse(String(value)))).toBe(false)
    for (const child of Array.isArray(value) ? value : [value])
      if (child && typeof child === 'object') expectValid(child as JsonLd, `${path}.${key}`)
  }
}

const roundTrip = (data: JsonLd) => JSON.parse(JSON.stringify(data)) as JsonLd

describe('JSON-LD', () => {
  it('Article has a headline, dates, image, the author as a Person and a publisher', () => {
    const data = roundTrip(articleJsonLd(article, settings, SITE))
    expectValid(data)
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: article.title,
      datePublished: article.publishedAt,
      dateModified: article._updatedAt,
      author: { '@type': 'Person', name: 'Sam Strider', url: `${SITE}/authors/sam-strider` },
      publisher: { '@type': 'Organization', name: 'Test Blog' },
      image: [`${SITE}/media/abc-1200x675.png`],
      articleSection: ['Training'],
    })
  })

  it('author page: ProfilePage about a Person with sameAs links, and their Books pointing back', () => {
    const data = roundTrip(authorJsonLd(author, SITE))
    expectValid(data)
    const [page, person, book] = data['@graph'] ?? []
    expect(page).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@id': person?.['@id'] } })
    expect(person).toMatchObject({
      '@type': 'Person',
      name: 'Sam Strider',
      jobTitle: 'Coach',
      knowsAbout: ['Marathon', 'Hill training'],
    })
    expect(person?.sameAs).toEqual(['https://sam.example', 'https://sam.example/blog', 'https://social.example/@sam'])
    expect(book).toMatchObject({ '@type': 'Book', name: 'Tempo Days', author: { '@id': person?.['@id'] } })
  })

  it('Book has its ISBN, authors as Persons and publisher', () => {
    const data = roundTrip(bookJsonLd(bookPage, SITE))
    expectValid(data)
    expect(data).toMatchObject({
      '@type': 'Book',
      name: 'Tempo Days',
      alternativeHeadline: 'A year of steady running',
      isbn: '9780306406157',
      datePublished: '2024-04-02',
      publisher: { '@type': 'Organization', name: 'Long Road Press' },
      author: [{ '@type': 'Person', name: 'Sam Strider' }],
    })
  })

  it('rejects a property the type does not have (the check itself works)', () => {
    expect(() => expectValid({ '@type': 'Person', isbn: 'x' })).toThrow()
  })
})

describe('socialMetadata', () => {
  it('repeats the site name, sets the canonical path and picks the Twitter card by shape', () => {
    const page = socialMetadata({ title: 'T', description: 'D', path: '/x', type: 'article', settings })
    expect(page).toMatchObject({
      alternates: { canonical: '/x' },
      openGraph: { siteName: 'Test Blog', url: '/x', type: 'article' },
      twitter: { card: 'summary_large_image' },
    })
    const book = socialMetadata({ title: 'B', path: '/books/b', type: 'book', settings, image: bookPage.cover })
    expect(book.openGraph).toMatchObject({ images: [{ url: '/media/abc-600x900.png', alt: 'Cover of Tempo Days' }] })
    expect(book.twitter).toMatchObject({ card: 'summary' })
  })
})
