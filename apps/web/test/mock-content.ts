/** jest.mock factory for '@/lib/content': every content function is a mock the test programs. */
export function mockContentModule() {
  return {
    getArticle: jest.fn(),
    getArticleRedirect: jest.fn(),
    getOldPathRedirect: jest.fn(),
    listArticles: jest.fn(),
    getAuthor: jest.fn(),
    getBook: jest.fn(),
    getSiteSettings: jest.fn(),
    listArticleSlugs: jest.fn(),
    listAuthorSlugs: jest.fn(),
    listBookSlugs: jest.fn(),
    listArticlePage: jest.fn(),
    getCategoryPage: jest.fn(),
    getAuthorArticlePage: jest.fn(),
    listRelatedArticles: jest.fn(),
    listCategorySlugs: jest.fn(),
    searchArticles: jest.fn(),
  }
}

/** What notFound()/permanentRedirect() threw: Next marks them with a digest. */
export async function digestOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return String((error as { digest?: unknown }).digest)
  }
  throw new Error('expected the page to throw')
}
