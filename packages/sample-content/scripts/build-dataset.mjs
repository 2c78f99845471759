// Builds dataset/data.ndjson (Sanity export format) from scripts/content/*.mjs and the generated artwork.
// Output is byte-for-byte reproducible: keys, revisions and timestamps derive from content, never from the clock,
// so a rebuild only shows up in a diff when the content changed.
import { isOldPath, isSlug, isValidIsbn } from '@blog/schemas'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describeImage } from '../src/image-asset.mjs'
import { writeImages } from './generate-images.mjs'
import { markdownToPortableText } from './sample-markdown.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const CONTENT_DIR = path.join(HERE, 'content')
export const DATASET_FILE = path.resolve(HERE, '../dataset/data.ndjson')
const ARTICLE_FILES = ['articles-a.mjs', 'articles-b.mjs']
// Profiles, books and the site predate the articles; one fixed instant keeps their system fields stable.
const SETUP_TIME = '2025-01-06T09:00:00Z'
const ARTICLE_FIELDS = {
  required: ['id', 'title', 'slug', 'excerpt', 'publishedAt', 'author', 'categories', 'cover', 'coverAlt', 'body'],
  optional: ['tags', 'relatedBooks', 'writtenFor', 'previousSlugs', 'oldPaths'],
}

class ContentError extends Error {}

function sha1(text) {
  return createHash('sha1').update(text).digest('hex')
}

/** Stable `_key`s: the same document and position always get the same key. */
function keyMaker(docId, field) {
  return (position) => sha1(`${docId}/${field}/${position}`).slice(0, 12)
}

function keyedRefs(docId, field, ids) {
  const key = keyMaker(docId, field)
  return ids.map((id, i) => ({ _type: 'reference', _ref: id, _key: key(i) }))
}

function keyedLinks(docId, field, links) {
  const key = keyMaker(docId, field)
  return links.map(({ label, url }, i) => ({ _type: 'link', _key: key(i), label, url }))
}

function check(condition, message) {
  if (!condition) throw new ContentError(message)
}

/** The books carry ISBN-13s: the shared check digit rule, and thirteen digits (it also accepts ISBN-10s). */
function isValidIsbn13(isbn) {
  return isbn.replace(/[-\s]/g, '').length === 13 && isValidIsbn(isbn)
}

function isoDateTime(value) {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  )
}

async function loadArticles() {
  const articles = []
  for (const file of ARTICLE_FILES) {
    const full = path.join(CONTENT_DIR, file)
    // The second file is written in parallel by someone else; until it lands the dataset builds without it.
    if (!existsSync(full)) {
      console.warn(`build-dataset: ${file} not found, building without it`)
      continue
    }
    const list = (await import(pathToFileURL(full).href)).default
    check(Array.isArray(list), `${file} must export default an array of articles`)
    for (const article of list) articles.push({ ...article, file })
  }
  return articles
}

function createImages() {
  const images = writeImages()
  const byName = new Map(images.map((image) => [image.name, image]))
  const used = new Set()
  const assetId = (name, where) => {
    const image = byName.get(name)
    check(image, `${where}: unknown image "${name}" (known: ${[...byName.keys()].join(', ')})`)
    used.add(name)
    return image.assetId
  }
  const field = (name, alt, where, extra = {}) => {
    check(typeof alt === 'string' && alt.trim() !== '', `${where}: image ${name} needs alt text`)
    return { _type: 'image', asset: { _type: 'reference', _ref: assetId(name, where) }, alt, ...extra }
  }
  // The artwork's own placeholders keep the dataset's bytes independent of the libvips version.
  const assetDocs = () =>
    Promise.all(
      images.map(async (image) => {
        const described = await describeImage(image.bytes, { filename: `${image.name}.png`, lqip: image.lqip })
        check(
          described.asset._id === image.assetId,
          `${image.name}: asset id ${described.asset._id} is not ${image.assetId}`,
        )
        return described.asset
      }),
    )
  return { byName, used, assetId, field, assetDocs }
}

function buildPeople(people, images) {
  const { siteSettings, categories, authors, books } = people
  const docs = []
  docs.push({
    _id: 'siteSettings',
    _type: 'siteSettings',
    title: siteSettings.title,
    publicationName: siteSettings.publicationName,
    publicationUrl: siteSettings.publicationUrl,
    description: siteSettings.description,
    navigation: keyedLinks('siteSettings', 'navigation', siteSettings.navigation),
  })
  for (const category of categories) {
    check(isSlug(category.slug), `category slug "${category.slug}" is not a slug`)
    docs.push({
      _id: `category-${category.slug}`,
      _type: 'category',
      title: category.title,
      slug: { _type: 'slug', current: category.slug },
      description: category.description,
    })
  }
  for (const author of authors) {
    const id = `author-${author.slug}`
    check(author.shortBio.length <= 400, `${id}: shortBio is ${author.shortBio.length} characters (max 400)`)
    const credentialKey = keyMaker(id, 'credentials')
    docs.push({
      _id: id,
      _type: 'author',
      name: author.name,
      slug: { _type: 'slug', current: author.slug },
      photo: images.field(author.photo, author.photoAlt, id, {
        // The silhouette's face sits in the upper middle; keep it in frame when the app crops to a circle.
        hotspot: { _type: 'sanity.imageHotspot', x: 0.5, y: 0.42, width: 0.6, height: 0.6 },
      }),
      shortBio: author.shortBio,
      bio: markdownToPortableText(author.bio, { where: `${id} bio`, key: keyMaker(id, 'bio'), simple: true }),
      credentials: author.credentials.map((c, i) => ({ _type: 'credential', _key: credentialKey(i), ...c })),
      roles: author.roles,
      specialties: author.specialties,
      website: author.website,
      blog: author.blog,
      socialLinks: keyedLinks(id, 'socialLinks', author.socialLinks),
    })
  }
  for (const book of books) {
    const id = `book-${book.slug}`
    check(isValidIsbn13(book.isbn), `${id}: ISBN ${book.isbn} has a wrong check digit`)
    check(/^\d{4}-\d{2}-\d{2}$/.test(book.publishedAt), `${id}: publishedAt must be YYYY-MM-DD`)
    docs.push({
      _id: id,
      _type: 'book',
      title: book.title,
      slug: { _type: 'slug', current: book.slug },
      subtitle: book.subtitle,
      cover: images.field(book.cover, book.coverAlt, id),
      description: book.description.trim(),
      authors: keyedRefs(id, 'authors', book.authors),
      publishedAt: book.publishedAt,
      isbn: book.isbn,
      publisher: book.publisher,
      links: keyedLinks(id, 'links', book.links),
    })
  }
  return docs
}

function buildArticle(article, images) {
  const where = `${article.file} ${article.id ?? article.title ?? '(untitled article)'}`
  const known = [...ARTICLE_FIELDS.required, ...ARTICLE_FIELDS.optional, 'file']
  for (const field of ARTICLE_FIELDS.required) check(article[field] !== undefined, `${where}: missing ${field}`)
  for (const field of Object.keys(article)) check(known.includes(field), `${where}: unknown field ${field}`)
  check(isSlug(article.slug), `${where}: slug "${article.slug}" is not a slug`)
  check(article.id === `article-${article.slug}`, `${where}: id must be article-${article.slug}`)
  check(article.excerpt.length <= 300, `${where}: excerpt is ${article.excerpt.length} characters (max 300)`)
  check(isoDateTime(article.publishedAt), `${where}: publishedAt must look like 2026-03-14T08:00:00Z`)
  for (const old of article.previousSlugs ?? []) check(isSlug(old), `${where}: previous slug "${old}" is not a slug`)
  for (const old of article.oldPaths ?? [])
    check(isOldPath(old), `${where}: old path "${old}" is not in stored form (see normalizeOldPath)`)
  const id = article.id
  const doc = {
    _id: id,
    _type: 'article',
    title: article.title,
    slug: { _type: 'slug', current: article.slug },
    excerpt: article.excerpt,
    coverImage: images.field(article.cover, article.coverAlt, where),
    publishedAt: article.publishedAt,
    author: { _type: 'reference', _ref: article.author },
    categories: keyedRefs(id, 'categories', article.categories),
    tags: article.tags ?? [],
    relatedBooks: keyedRefs(id, 'relatedBooks', article.relatedBooks ?? []),
    body: markdownToPortableText(article.body, {
      where,
      key: keyMaker(id, 'body'),
      image: (name) => images.assetId(name, where),
    }),
  }
  if (article.previousSlugs?.length) doc.previousSlugs = article.previousSlugs
  if (article.oldPaths?.length) doc.oldPaths = article.oldPaths
  if (article.writtenFor) {
    check(article.writtenFor.name, `${where}: writtenFor needs a name`)
    doc.writtenFor = { _type: 'writtenFor', ...article.writtenFor }
  }
  return doc
}

/** Drafting starts a few days before publication; scheduled pieces were last touched when the sample was set up. */
function articleTimes(publishedAt) {
  const published = Date.parse(publishedAt)
  const setupDone = Date.parse('2026-03-01T09:00:00Z')
  if (published > setupDone)
    return { created: new Date(setupDone).toISOString(), updated: new Date(setupDone).toISOString() }
  return { created: new Date(published - 3 * 86400_000).toISOString(), updated: new Date(published).toISOString() }
}

function withSystemFields(doc) {
  const { _id, _type, ...fields } = doc
  const times = _type === 'article' ? articleTimes(doc.publishedAt) : { created: SETUP_TIME, updated: SETUP_TIME }
  const rev = createHash('sha1').update(JSON.stringify(doc)).digest('base64url').slice(0, 22)
  return { _id, _type, _createdAt: times.created, _updatedAt: times.updated, _rev: rev, ...fields }
}

/** Every `_ref` anywhere in the dataset must resolve, or the site would render holes. */
function checkReferences(docs) {
  const ids = new Set(docs.map((doc) => doc._id))
  const problems = []
  const walk = (value, where) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${where}[${i}]`))
    else if (value && typeof value === 'object') {
      if (typeof value._ref === 'string' && !ids.has(value._ref)) problems.push(`${where} -> ${value._ref}`)
      for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`)
    }
  }
  for (const doc of docs) walk(doc, doc._id)
  check(problems.length === 0, `unknown references:\n  ${problems.join('\n  ')}`)
}

function checkUnique(docs) {
  const seen = new Map()
  for (const doc of docs) {
    check(!seen.has(doc._id), `duplicate _id ${doc._id}`)
    seen.set(doc._id, doc)
  }
  const slugs = new Map()
  for (const doc of docs) {
    for (const slug of [doc.slug?.current, ...(doc.previousSlugs ?? [])].filter(Boolean)) {
      const claim = `${doc._type}:${slug}`
      check(!slugs.has(claim), `slug ${slug} is used by both ${slugs.get(claim)} and ${doc._id}`)
      slugs.set(claim, doc._id)
    }
    for (const old of doc.oldPaths ?? []) {
      check(!slugs.has(old), `old path ${old} is used by both ${slugs.get(old)} and ${doc._id}`)
      slugs.set(old, doc._id)
    }
  }
}

export async function buildDataset() {
  const people = await import(pathToFileURL(path.join(CONTENT_DIR, 'people.mjs')).href)
  const articles = await loadArticles()
  const images = createImages()
  const docs = [...buildPeople(people, images), ...articles.map((article) => buildArticle(article, images))]
  const unused = [...images.byName.keys()].filter((name) => !images.used.has(name))
  if (unused.length) console.warn(`build-dataset: images not used by any document yet: ${unused.join(', ')}`)
  const all = [...docs, ...(await images.assetDocs())].map(withSystemFields)
  checkUnique(all)
  checkReferences(all)
  all.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
  mkdirSync(path.dirname(DATASET_FILE), { recursive: true })
  writeFileSync(DATASET_FILE, `${all.map((doc) => JSON.stringify(doc)).join('\n')}\n`)
  return { documents: all, articles: articles.length, images: images.byName.size }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { documents, articles, images } = await buildDataset()
    console.log(
      `wrote ${documents.length} documents (${articles} articles, ${images} images) to ${path.relative(process.cwd(), DATASET_FILE)}`,
    )
  } catch (error) {
    console.error(`build-dataset failed: ${error instanceof Error ? error.message : error}`)
    process.exitCode = 1
  }
}
