// Every page type as a reader without JavaScript gets it (text browsers, reader modes, crawlers that run no script):
// what they came for must be visible text. Content streamed into `<div hidden>` waits for a script to show it, so
// every assertion goes through Playwright's visibility, never the DOM alone. Every page visited has unique ids.
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'

const PAGE_SIZE = 10
const SEARCH_PAGE_SIZE = 20

/** @param {import('../run.mjs').E2EContext & Record<string, any>} t */
export default async function noJavaScript({ base, browser, check, documents, datasetPath }) {
  const now = new Date()
  const live = documents.filter(
    (doc) => doc.slug?.current && (doc._type !== 'article' || new Date(doc.publishedAt) <= now),
  )
  const ofType = (type) => live.filter((doc) => doc._type === type)
  const articles = ofType('article').sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  const settings = documents.find((doc) => doc._type === 'siteSettings')
  const articlesBy = (author) => articles.filter((doc) => doc.author._ref === author._id)
  const [article] = articles
  const articleAuthor = byId.get(article.author._ref)
  const [book] = ofType('book')
  const category = ofType('category').find((doc) =>
    articles.some((item) => item.categories?.some((ref) => ref._ref === doc._id)),
  )
  const imported = articles.find(
    (doc) => doc.oldPaths?.some((old) => !old.includes('?')) && doc.oldPaths?.some((old) => old.startsWith('/?p=')),
  )
  assert.ok(articles.length > PAGE_SIZE, 'the sample has a second page of articles')
  assert.ok(category && imported, 'the sample has a category with articles and an article with old addresses')

  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const open = async (url, status = 200) => {
    const response = await page.goto(base + url)
    assert.equal(response.status(), status, url)
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((node) => node.id))
    assert.deepEqual(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      [],
      `${url}: duplicate ids`,
    )
    return response
  }
  const visibleTexts = async (selector) =>
    (await page.locator(selector).filter({ visible: true }).allTextContents()).map((text) => text.trim())
  const visibleText = async (selector) => {
    const texts = await visibleTexts(selector)
    assert.equal(texts.length, 1, `one visible ${selector}, found ${texts.length}`)
    return texts[0]
  }
  const assertVisible = async (locator, what) => assert.ok(await locator.first().isVisible(), `${what} is visible`)
  /** The visible article cards: title and link. */
  const cards = () =>
    page
      .locator('.article-card__title a')
      .filter({ visible: true })
      .evaluateAll((links) => links.map((link) => [link.textContent.trim(), link.getAttribute('href')]))
  const asCards = (list) => list.map((doc) => [doc.title, `/articles/${doc.slug.current}`])

  await check('home and /page/2 show their heading and every article card, with its link', async () => {
    await open('/')
    assert.equal(await visibleText('h1'), settings.title)
    await assertVisible(page.getByRole('heading', { name: 'Latest articles' }), 'Latest articles')
    assert.deepEqual(await cards(), asCards(articles.slice(0, PAGE_SIZE)))
    const older = page.getByRole('link', { name: 'Older articles' })
    await assertVisible(older, 'the link to page 2')
    assert.equal(await older.getAttribute('href'), '/page/2')

    await open('/page/2')
    assert.deepEqual(await cards(), asCards(articles.slice(PAGE_SIZE, 2 * PAGE_SIZE)))
    const newer = page.getByRole('link', { name: 'Newer articles' })
    await assertVisible(newer, 'the link back to page 1')
    assert.equal(await newer.getAttribute('href'), '/')
  })

  await check('an article shows its title, its body paragraphs and the author card', async () => {
    await open(`/articles/${article.slug.current}`)
    assert.equal(await visibleText('h1'), article.title)
    const paragraphs = article.body
      .filter((block) => block._type === 'block' && block.style === 'normal' && !block.listItem)
      .map((block) => block.children.map((child) => child.text).join(''))
    assert.ok(paragraphs.length > 3)
    const shown = await visibleTexts('.prose p')
    for (const text of [paragraphs[0], paragraphs.at(-1)]) assert.ok(shown.includes(text), `paragraph: ${text}`)
    const card = page.locator('.author-card')
    await assertVisible(card.getByRole('heading', { name: `About ${articleAuthor.name}` }), 'the author card')
    await assertVisible(card.getByText(articleAuthor.shortBio), 'the author’s short bio')
  })

  await check('author, category and book pages show their title, text and article cards', async () => {
    await open(`/authors/${articleAuthor.slug.current}`)
    assert.equal(await visibleText('h1'), articleAuthor.name)
    await assertVisible(page.getByText(articleAuthor.shortBio), 'the short bio')
    await assertVisible(page.getByRole('heading', { name: `Articles by ${articleAuthor.name}` }), 'the list heading')
    assert.deepEqual(await cards(), asCards(articlesBy(articleAuthor).slice(0, PAGE_SIZE)))

    await open(`/categories/${category.slug.current}`)
    assert.equal(await visibleText('h1'), category.title)
    const inCategory = articles.filter((doc) => doc.categories?.some((ref) => ref._ref === category._id))
    assert.deepEqual(await cards(), asCards(inCategory.slice(0, PAGE_SIZE)))

    await open(`/books/${book.slug.current}`)
    assert.equal(await visibleText('h1'), book.title)
    assert.ok(book.authors?.length && book.description, 'the sample book has authors and a description')
    for (const ref of book.authors)
      await assertVisible(page.locator('.byline').getByRole('link', { name: byId.get(ref._ref).name }), 'an author')
    const firstParagraph = book.description.split(/\n\s*\n/)[0].trim()
    assert.ok((await visibleTexts('.prose p')).includes(firstParagraph), 'the description')
  })

  await check('an author’s second page shows its cards (articles made for it), and is a 404 once they go', async () => {
    const author = ofType('author').sort((a, b) => articlesBy(b).length - articlesBy(a).length)[0]
    const own = articlesBy(author)
    const original = readFileSync(datasetPath, 'utf8')
    // Older than every real article, so they fill page 2 and no cached page 1 shows a list that changed.
    const made = Array.from({ length: Math.max(0, PAGE_SIZE + 2 - own.length) }, (_, index) => ({
      ...own[0],
      _id: `article-no-js-${index}`,
      _rev: `no-js-${index}`,
      title: `A page-two article ${index + 1}`,
      slug: { _type: 'slug', current: `page-two-article-${index + 1}` },
      publishedAt: new Date(Date.UTC(2001, 0, 20 - index)).toISOString(),
      previousSlugs: undefined,
      oldPaths: undefined,
    }))
    const all = [...own, ...made]
    const url = `/authors/${author.slug.current}/page/2`
    try {
      if (made.length) writeFileSync(datasetPath, original + made.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
      await statusWithin(base + url, 200)
      await open(url)
      assert.equal(await visibleText('h1'), `Articles by ${author.name}`)
      assert.deepEqual(await cards(), asCards(all.slice(PAGE_SIZE, 2 * PAGE_SIZE)))
      await assertVisible(page.getByText(`Page 2 of ${Math.ceil(all.length / PAGE_SIZE)}`), 'the page number')
      const newer = page.getByRole('link', { name: 'Newer articles' })
      await assertVisible(newer, 'the link back to page 1')
      assert.equal(await newer.getAttribute('href'), `/authors/${author.slug.current}`)
    } finally {
      writeFileSync(datasetPath, original)
    }
    if (made.length) await statusWithin(base + url, 404)
  })

  await check('search shows its results with the words marked, how many match, and the query in the box', async () => {
    await open('/search?q=easy')
    const status = await visibleText('[role="status"]')
    const total = Number(status.match(/^(\d+) articles? match “easy”/)?.[1])
    assert.ok(total > 0, status)
    const links = await page
      .locator('.search-result__title a')
      .filter({ visible: true })
      .evaluateAll((nodes) => nodes.map((link) => link.getAttribute('href')))
    assert.equal(links.length, Math.min(total, SEARCH_PAGE_SIZE))
    for (const href of links) assert.match(href, /^\/articles\/[a-z0-9-]+$/)
    const marks = await visibleTexts('.search-result mark')
    assert.ok(marks.length >= links.length, `${marks.length} marked words`)
    for (const mark of marks) assert.match(mark, /^eas/i)
    const box = page.locator('#search-page-q')
    await assertVisible(box, 'the search box')
    assert.equal(await box.inputValue(), 'easy')

    await open('/search?q=zzzzqq')
    await assertVisible(page.getByText('No articles match “zzzzqq”.'), 'the no-results line')
    assert.equal(await page.locator('.search-result').count(), 0)
    assert.equal(await page.locator('#search-page-q').inputValue(), 'zzzzqq')
  })

  const missing = [
    '/articles/no-such-x',
    '/authors/no-such-x',
    '/books/no-such-x',
    '/categories/no-such-x',
    `/categories/${category.slug.current}/page/99`,
    '/page/99',
    '/authors/no-such-x/feed.xml',
    '/wp-login.php',
    '/no/such/page',
    '/.env',
  ]
  // The header leaves out a navigation item for the home page: the site title links there.
  const navigation = (settings.navigation ?? []).filter((item) => item.url !== '/')
  await check('made-up URLs under every route and elsewhere: 404, noindex, the whole not-found page', async () => {
    assert.ok(navigation.length > 0, 'the site has a navigation')
    for (const url of missing) {
      await open(url, 404)
      const robots = await page.locator('meta[name="robots"]').evaluateAll((metas) => metas.map((meta) => meta.content))
      assert.deepEqual(robots, ['noindex'], `${url}: robots meta`)
      assert.equal(await visibleText('h1'), 'Page not found', url)
      const nav = page.getByRole('navigation', { name: 'Main' })
      for (const item of navigation) await assertVisible(nav.getByRole('link', { name: item.label }), `${url}: nav`)
      await assertVisible(page.locator('main a[href="/"]'), `${url}: a link home`)
      assert.match(await page.locator('body').innerText(), /does not exist/, url)
    }
  })

  await check('an old permalink and /?p=<id> answer a 308 first and land on the article', async () => {
    const target = `/articles/${imported.slug.current}`
    const permalink = imported.oldPaths.find((old) => !old.includes('?'))
    for (const old of [permalink, imported.oldPaths.find((path) => path.startsWith('/?p='))]) {
      const response = await page.goto(base + old)
      assert.equal(response.status(), 200, old)
      assert.equal(new URL(page.url()).pathname, target, old)
      const first = await response.request().redirectedFrom()?.response()
      assert.equal(first?.status(), 308, `${old}: the first response`)
      assert.equal(first.url(), base + old)
      assert.equal(await visibleText('h1'), imported.title, old)
    }
  })

  await context.close()
}

/** Polls until `url` answers `status`: the server looks at the dataset file about once a second. */
async function statusWithin(url, status, ms = 10_000) {
  const deadline = Date.now() + ms
  let last
  while (Date.now() < deadline) {
    last = (await fetch(url)).status
    if (last === status) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} answered ${last}, not ${status}, within ${ms} ms`)
}
