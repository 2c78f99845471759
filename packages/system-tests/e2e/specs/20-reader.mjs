// Reader features on `next start`: cached routes, feeds, sitemap, search, pagination, structured
// data, social images, accessibility (axe-core) and screenshots of the design in both colour schemes.
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 375, height: 812 } }

/** @param {import('../run.mjs').E2EContext & Record<string, any>} t */
export default async function reader({ base, browser, check, queries, documents, e2eDir }) {
  const now = new Date()
  const live = documents.filter(
    (doc) => doc.slug?.current && (doc._type !== 'article' || new Date(doc.publishedAt) <= now),
  )
  const ofType = (type) => live.filter((doc) => doc._type === type)
  const articles = ofType('article').sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  const [article] = articles
  const [author] = ofType('author')
  const [book] = ofType('book')
  const [category] = ofType('category')
  const PATHS = { article: 'articles', author: 'authors', book: 'books', category: 'categories' }
  const pathOf = (doc) => `/${PATHS[doc._type]}/${doc.slug.current}`

  // Parses XML with the browser's own parser: a feed that parses here parses in a feed reader.
  const xmlPage = await browser.newPage()
  const parseXml = (text) =>
    xmlPage.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml')
      if (doc.querySelector('parsererror'))
        throw new Error(`XML does not parse: ${doc.querySelector('parsererror').textContent}`)
      const texts = (selector) => [...doc.querySelectorAll(selector)].map((node) => node.textContent)
      const creators = [...doc.getElementsByTagName('dc:creator')].map((node) => node.textContent)
      return {
        root: doc.documentElement.nodeName,
        titles: texts('item > title'),
        links: texts('item > link'),
        locs: texts('url > loc'),
        lastmods: texts('url > lastmod'),
        creators,
        categories: texts('item > category'),
      }
    }, text)

  await check('reader routes answer from the ISR cache without running a content query', async () => {
    const urls = [
      '/',
      '/page/2',
      ...ofType('category').map(pathOf),
      ...ofType('author').map((doc) => `${pathOf(doc)}/feed.xml`),
      '/feed.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/opengraph-image',
      `${pathOf(article)}/opengraph-image`,
      `${pathOf(author)}/opengraph-image`,
    ]
    const before = await queries()
    for (const url of urls) {
      const response = await fetch(base + url)
      assert.equal(response.status, 200, url)
      assert.match(response.headers.get('x-nextjs-cache') ?? 'prerendered', /HIT|prerendered/i, url)
    }
    assert.equal(await queries(), before, 'no content query ran')
  })

  await check('feeds parse as RSS with every published article, per author too, with absolute links', async () => {
    const feed = await parseXml(await (await fetch(`${base}/feed.xml`)).text())
    assert.equal(feed.root, 'rss')
    assert.deepEqual(
      feed.titles,
      articles.map((doc) => doc.title),
    )
    assert.ok(
      feed.links.every((link) => /^https?:\/\/[^/]+\/articles\/[a-z0-9-]+$/.test(link)),
      'absolute article links',
    )
    assert.equal(feed.creators.length, articles.length)
    assert.ok(feed.categories.length >= articles.length)
    for (const person of ofType('author')) {
      const own = await parseXml(await (await fetch(`${base}${pathOf(person)}/feed.xml`)).text())
      const expected = articles.filter((doc) => doc.author._ref === person._id).map((doc) => doc.title)
      assert.deepEqual(own.titles, expected.slice(0, 10), person.name)
      assert.deepEqual([...new Set(own.creators)], expected.length ? [person.name] : [])
    }
  })

  await check('sitemap lists every published document with lastmod; robots.txt names it', async () => {
    const sitemap = await parseXml(await (await fetch(`${base}/sitemap.xml`)).text())
    const paths = sitemap.locs.map((loc) => new URL(loc).pathname)
    assert.deepEqual(
      paths.slice(1).sort(),
      live
        .filter((doc) => PATHS[doc._type])
        .map(pathOf)
        .sort(),
    )
    assert.equal(paths[0], '/')
    assert.equal(sitemap.lastmods.length, sitemap.locs.length)
    const robots = await (await fetch(`${base}/robots.txt`)).text()
    assert.match(robots, /^Sitemap: https?:\/\/.+\/sitemap\.xml$/m)
    assert.match(robots, /^Disallow: \/search$/m)
  })

  await check(
    'pagination by path: ten per page, prev/next links, 404 past the last page, 308 from /page/1',
    async () => {
      const home = await (await fetch(`${base}/`)).text()
      assert.equal((home.match(/class="article-card"/g) ?? []).length, 10)
      assert.match(home, /<a rel="next" class="pagination__link" href="\/page\/2">/)
      const second = await (await fetch(`${base}/page/2`)).text()
      assert.equal((second.match(/class="article-card"/g) ?? []).length, articles.length - 10)
      assert.match(second, /<a rel="prev" class="pagination__link" href="\/">/)
      for (const url of [
        '/page/3',
        '/page/0',
        '/page/two',
        `${pathOf(category)}/page/2`,
        `${pathOf(author)}/page/9`,
        '/categories/no-such-category',
      ]) {
        assert.equal((await fetch(base + url)).status, 404, url)
      }
      const first = await fetch(`${base}/page/1`, { redirect: 'manual' })
      assert.equal(first.status, 308)
      assert.equal(new URL(first.headers.get('location').split(', ')[0], base).pathname, '/')
    },
  )

  await check('search finds a known article, is dynamic and noindex, and survives hostile queries', async () => {
    const response = await fetch(`${base}/search?q=${encodeURIComponent('foam rolling')}`)
    assert.equal(response.status, 200)
    assert.match(response.headers.get('cache-control') ?? '', /no-store/)
    const html = await response.text()
    assert.match(html, /<meta name="robots" content="noindex, follow"\/>/)
    assert.match(html, /href="\/articles\/foam-rolling-without-guesswork"/)
    assert.match(html, /<mark>/)
    const hostile = [
      '',
      '*',
      '"] | *[_type == "author"]{name}',
      '$slug',
      '((((a*)*)*)*',
      '%00%E2%80%AE',
      '🏃'.repeat(300),
      'x'.repeat(5000),
      'Läufer 跑步',
      'a&q=b',
    ]
    for (const q of hostile) {
      const result = await fetch(`${base}/search?q=${q.startsWith('%') ? q : encodeURIComponent(q)}`)
      assert.equal(result.status, 200, `q=${q.slice(0, 30)}`)
    }
    // The header form works without JavaScript.
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${base}${pathOf(book)}`)
    await page.getByRole('searchbox', { name: 'Search articles' }).first().fill('sleep')
    await page.getByRole('searchbox', { name: 'Search articles' }).first().press('Enter')
    await page.waitForURL(/\/search\?q=sleep/)
    assert.ok((await page.locator('.search-result').count()) > 0, 'results listed')
    await context.close()
  })

  await check('JSON-LD parses with Article, Person (sameAs, books) and Book; social cards are PNGs', async () => {
    const jsonLd = async (url) => {
      const html = await (await fetch(base + url)).text()
      return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((match) =>
        JSON.parse(match[1]),
      )
    }
    const [onArticle] = await jsonLd(pathOf(article))
    assert.equal(onArticle['@type'], 'Article')
    assert.equal(onArticle.author['@type'], 'Person')
    assert.equal(onArticle.publisher['@type'], 'Organization')
    const [onAuthor] = await jsonLd(pathOf(author))
    const types = onAuthor['@graph'].map((node) => node['@type'])
    assert.deepEqual([...new Set(types)], ['ProfilePage', 'Person', 'Book'])
    assert.ok(onAuthor['@graph'][1].sameAs?.length > 0, 'Person has sameAs links')
    const [onBook] = await jsonLd(pathOf(book))
    assert.equal(onBook['@type'], 'Book')
    assert.ok(onBook.author.every((person) => person['@type'] === 'Person'))
    for (const url of [`${pathOf(article)}/opengraph-image`, `${pathOf(author)}/opengraph-image`]) {
      const png = Buffer.from(await (await fetch(base + url)).arrayBuffer())
      assert.equal(png.subarray(1, 4).toString(), 'PNG', url)
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], url)
    }
  })

  const axePages = {
    home: '/',
    article: pathOf(article),
    author: pathOf(author),
    book: pathOf(book),
    category: pathOf(category),
    search: '/search?q=easy+run',
  }
  await check(
    'axe-core finds no violations on home, article, author, book, category and search, light and dark',
    async () => {
      const found = []
      for (const colorScheme of ['light', 'dark']) {
        const context = await browser.newContext({ colorScheme, viewport: VIEWPORTS.desktop })
        const page = await context.newPage()
        for (const [name, url] of Object.entries(axePages)) {
          await page.goto(base + url)
          await page.addScriptTag({ content: axeSource })
          const result = await page.evaluate(async () => {
            const { violations, passes, incomplete } = await window.axe.run(document)
            return {
              violations: violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target}`),
              passes: passes.length,
              incomplete: incomplete.length,
            }
          })
          console.log(
            `    axe ${name} ${colorScheme}: ${result.violations.length} violations, ${result.passes} passes, ${result.incomplete} to review`,
          )
          found.push(...result.violations.map((violation) => `${name} ${colorScheme}: ${violation}`))
        }
        await context.close()
      }
      assert.deepEqual(found, [])
    },
  )

  await check(
    'responsive from 320 px, dark mode from the system setting without JavaScript, visible focus',
    async () => {
      for (const [colorScheme, background] of [
        ['light', 'rgb(251, 250, 247)'],
        ['dark', 'rgb(20, 23, 26)'],
      ]) {
        const context = await browser.newContext({
          colorScheme,
          javaScriptEnabled: false,
          viewport: { width: 320, height: 700 },
        })
        const page = await context.newPage()
        for (const url of Object.values(axePages)) {
          await page.goto(base + url)
          assert.equal(
            await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
            background,
            `${colorScheme} ${url}`,
          )
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          )
          assert.ok(overflow <= 0, `${url} is ${overflow}px wider than a 320px screen`)
        }
        await page.keyboard.press('Tab')
        const focus = await page.evaluate(() => ({
          text: document.activeElement?.textContent,
          outline: getComputedStyle(document.activeElement).outlineStyle,
        }))
        assert.deepEqual(focus, { text: 'Skip to content', outline: 'solid' })
        await context.close()
      }
    },
  )

  await check(
    'images have alt text, dimensions, sizes and a blurred placeholder; cards and article agree on reading time',
    async () => {
      const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
      await page.goto(`${base}${pathOf(article)}`)
      // The blurred placeholder is in the server HTML; next/image removes it once the picture has loaded.
      const html = await (await fetch(`${base}${pathOf(article)}`)).text()
      assert.match(
        html.match(/<img[^>]*class="article__cover"[^>]*>/)?.[0] ?? '',
        /background-image:url\(&quot;data:image\/svg\+xml/,
      )
      const images = await page.locator('img').evaluateAll((nodes) =>
        nodes.map((img) => ({
          alt: img.getAttribute('alt'),
          width: img.getAttribute('width'),
          height: img.getAttribute('height'),
        })),
      )
      assert.ok(images.length > 3)
      for (const image of images)
        assert.ok(image.alt?.trim() && Number(image.width) > 0 && Number(image.height) > 0, JSON.stringify(image))
      const cover = page.locator('img.article__cover')
      assert.match((await cover.getAttribute('sizes')) ?? '', /960px/)
      assert.ok(await cover.evaluate((img) => img.complete && img.naturalWidth > 0), 'cover loaded through the loader')
      const minutes = (await page.locator('.article__header .byline').textContent()).match(/(\d+) min read/)?.[1]
      await page.goto(`${base}/`)
      const card = page.locator('.article-card', { has: page.locator(`a[href="${pathOf(article)}"]`) }).first()
      assert.match(await card.textContent(), new RegExp(`${minutes} min read`))
      await page.close()
    },
  )

  await check('screenshots of home, article and author: desktop and 375 px, light and dark', async () => {
    const dir = path.join(e2eDir, 'screenshots')
    mkdirSync(dir, { recursive: true })
    for (const colorScheme of ['light', 'dark']) {
      for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
        const context = await browser.newContext({ colorScheme, viewport })
        const page = await context.newPage()
        for (const [name, url] of [
          ['home', '/'],
          ['article', pathOf(article)],
          ['author', pathOf(author)],
        ]) {
          await page.goto(base + url, { waitUntil: 'networkidle' })
          // Lazy images below the fold load only when scrolled to.
          await page.evaluate(async () => {
            for (const img of document.images) img.loading = 'eager'
            await Promise.all([...document.images].map((img) => img.decode().catch(() => {})))
          })
          await page.screenshot({ path: path.join(dir, `${name}-${viewportName}-${colorScheme}.png`), fullPage: true })
        }
        await context.close()
      }
    }
    console.log(
      `    screenshots: ${path.relative(process.cwd(), dir) || dir}/{home,article,author}-{desktop,mobile}-{light,dark}.png`,
    )
  })

  await xmlPage.close()
}
