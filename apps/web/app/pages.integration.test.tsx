/**
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { startTestLake, type TestLake } from '@blog/local-lake/testing'
import { SAMPLE_DATASET } from '@blog/sample-content'

// The real content layer, without Next's data cache (no Next server in unit tests).
jest.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }))

let lake: TestLake
beforeAll(async () => {
  lake = await startTestLake({ datasetPath: SAMPLE_DATASET })
})
afterAll(() => lake.close())

type Pages = {
  // Rendering must use the same React instance as the freshly loaded page modules.
  rtl: typeof import('@testing-library/react')
  article: typeof import('./articles/[slug]/page')
  author: typeof import('./authors/[slug]/page')
  book: typeof import('./books/[slug]/page')
  home: typeof import('./page')
}

/** Loads the page modules against a fresh environment, so lib/env.ts picks the source. */
function loadPages(env: Record<string, string | undefined>): Pages {
  const saved = { ...process.env }
  // This copy of testing-library is loaded after tests started: it must not register its own hooks.
  Object.assign(process.env, env, { RTL_SKIP_AUTO_CLEANUP: 'true' })
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key]
  let pages: Pages | undefined
  jest.isolateModules(() => {
    pages = {
      rtl: require('@testing-library/react'),
      article: require('./articles/[slug]/page'),
      author: require('./authors/[slug]/page'),
      book: require('./books/[slug]/page'),
      home: require('./page'),
    }
  })
  process.env = saved
  return pages!
}

const sources: [string, () => Record<string, string | undefined>][] = [
  ['embedded source', () => ({ SANITY_PROJECT_ID: undefined, CONTENT_DATASET_PATH: SAMPLE_DATASET })],
  [
    'sanity source (the local lake)',
    () => ({ SANITY_PROJECT_ID: 'test', SANITY_DATASET: 'production', SANITY_API_HOST: lake.host }),
  ],
]
const params = (slug: string) => ({ params: Promise.resolve({ slug }) })

/** The same page modules, rendered on the sample dataset through each content source. */
describe.each(sources)('pages on the sample dataset through the %s', (_name, env) => {
  let pages: Pages
  let render: Pages['rtl']['render']
  let screen: Pages['rtl']['screen']
  beforeAll(() => {
    pages = loadPages(env())
    ;({ render, screen } = pages.rtl)
  })
  afterEach(() => pages.rtl.cleanup())

  it('home lists the latest articles', async () => {
    render(await pages.home.default())
    expect(screen.getByRole('heading', { level: 1, name: 'The Long Run' })).toBeInTheDocument()
    // Ten to a page (issue #6); the rest are one "Older articles" link away.
    expect(screen.getAllByRole('article')).toHaveLength(10)
    expect(screen.getByRole('link', { name: 'Older articles' })).toHaveAttribute('href', '/page/2')
  })

  it('every prerendered article renders with byline, author box and body', async () => {
    const slugs = await pages.article.generateStaticParams()
    expect(slugs.length).toBeGreaterThanOrEqual(12)
    for (const { slug } of slugs.slice(0, 4)) {
      const { unmount } = render(await pages.article.default(params(slug)))
      expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument()
      expect(screen.getByRole('complementary', { name: /^About / })).toBeInTheDocument()
      expect(document.querySelectorAll('.prose p').length).toBeGreaterThan(3)
      unmount()
    }
  })

  it('author and book pages render their lists', async () => {
    const { unmount } = render(await pages.author.default(params('dana-whitfield')))
    expect(screen.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Articles by Dana Whitfield' })).toBeInTheDocument()
    unmount()
    render(await pages.book.default(params('the-recovery-kitchen')))
    expect(screen.getByRole('heading', { level: 1, name: 'The Recovery Kitchen' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Tomas Lindqvist' })).toHaveAttribute('href', '/authors/tomas-lindqvist')
  })
})
