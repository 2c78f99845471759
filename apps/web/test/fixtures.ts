import type { Article, ArticleSummary, Author, Book, BookSummary, Image, SiteSettings } from '@blog/schemas'

export const image = (alt: string, width = 1200, height = 675): Image => ({
  alt,
  hotspot: null,
  crop: null,
  asset: {
    _id: `image-abc-${width}x${height}-png`,
    url: `/media/abc-${width}x${height}.png`,
    metadata: { dimensions: { width, height, aspectRatio: width / height }, lqip: 'data:image/png;base64,AAAA' },
  },
})

export const authorSummary = {
  _id: 'author-sam',
  name: 'Sam Strider',
  slug: 'sam-strider',
  photo: image('Portrait of Sam', 600, 600),
  shortBio: 'Coach and writer who runs before breakfast.',
  roles: ['Coach', 'Writer'],
}

export const book: BookSummary = {
  _id: 'book-tempo',
  title: 'Tempo Days',
  slug: 'tempo-days',
  subtitle: 'A year of steady running',
  cover: image('Cover of Tempo Days', 600, 900),
  publishedAt: '2024-04-02',
}

export const summary: ArticleSummary = {
  _id: 'article-hills',
  title: 'Why Hills Make You Faster',
  slug: 'why-hills',
  excerpt: 'Short, steep repeats build power without the pounding of track work.',
  coverImage: image('A steep road at sunrise'),
  publishedAt: '2026-03-14T08:00:00Z',
  author: authorSummary,
  categories: [{ _id: 'category-training', title: 'Training', slug: 'training' }],
  tags: ['hills'],
}

export const article: Article = {
  ...summary,
  _updatedAt: '2026-03-15T08:00:00Z',
  previousSlugs: null,
  author: {
    ...authorSummary,
    credentials: [{ _key: 'c1', title: 'Certified running coach', institution: 'Coaching Academy', year: 2015 }],
    books: [book],
  },
  body: [
    {
      _type: 'block',
      _key: 'h',
      style: 'h2',
      markDefs: [],
      children: [{ _type: 'span', _key: 'h1', text: 'Start small', marks: [] }],
    },
    {
      _type: 'block',
      _key: 'p',
      style: 'normal',
      markDefs: [
        { _type: 'link', _key: 'l1', href: 'https://example.org/hills' },
        { _type: 'internalLink', _key: 'l2', to: { _type: 'book', slug: 'tempo-days' } },
        { _type: 'internalLink', _key: 'l3', to: null },
      ],
      children: [
        { _type: 'span', _key: 'a', text: 'Read the ', marks: [] },
        { _type: 'span', _key: 'b', text: 'hill study', marks: ['l1'] },
        { _type: 'span', _key: 'c', text: ' and ', marks: [] },
        { _type: 'span', _key: 'd', text: 'my book', marks: ['l2'] },
        { _type: 'span', _key: 'e', text: ' or the ', marks: [] },
        { _type: 'span', _key: 'f', text: 'retired page', marks: ['l3'] },
        { _type: 'span', _key: 'g', text: ' with ', marks: [] },
        { _type: 'span', _key: 'h', text: 'care', marks: ['strong'] },
      ],
    },
    {
      _type: 'block',
      _key: 'li1',
      style: 'normal',
      listItem: 'bullet',
      level: 1,
      markDefs: [],
      children: [{ _type: 'span', _key: 'x', text: 'Six hills', marks: [] }],
    },
    {
      _type: 'block',
      _key: 'li2',
      style: 'normal',
      listItem: 'bullet',
      level: 1,
      markDefs: [],
      children: [{ _type: 'span', _key: 'y', text: 'Walk down', marks: [] }],
    },
    {
      _type: 'image',
      _key: 'img',
      ...image('Runner cresting a hill', 1000, 600),
      caption: 'The last ten metres count most.',
    },
    { _type: 'callout', _key: 'co', tone: 'warning', title: null, text: 'Skip hills when your calves are sore.' },
    { _type: 'pullQuote', _key: 'pq', quote: 'Hills are speed work in disguise.', attribution: 'An old coach' },
  ],
  relatedBooks: [book],
  writtenFor: { name: 'Trail Weekly', url: 'https://trail.example' },
  seo: null,
}

export const author: Author = {
  ...authorSummary,
  bio: [
    {
      _type: 'block',
      _key: 'b',
      style: 'normal',
      markDefs: [],
      children: [{ _type: 'span', _key: 's', text: 'Sam has coached for twenty years.', marks: [] }],
    },
  ],
  credentials: [{ _key: 'c1', title: 'BSc Physical Education', institution: 'State College', year: 1995 }],
  specialties: ['Marathon', 'Hill training'],
  website: 'https://sam.example',
  blog: 'https://sam.example/blog',
  socialLinks: [{ _key: 's1', label: 'Mastodon', url: 'https://social.example/@sam' }],
  books: [book],
  articles: [summary],
}

export const bookPage: Book = {
  ...book,
  description: 'First paragraph about steady running.\n\nSecond paragraph about patience.',
  isbn: '9780306406157',
  publisher: 'Long Road Press',
  links: [{ _key: 'l', label: 'Buy from the publisher', url: 'https://press.example/tempo' }],
  authors: [authorSummary],
  articles: [summary],
}

export const settings: SiteSettings = {
  title: 'Test Blog',
  description: 'Notes on running.',
  publicationName: 'Test Blog',
  publicationUrl: 'https://blog.example',
  logo: null,
  ogImage: null,
  navigation: [{ _key: 'n', label: 'About', url: '/authors/sam-strider' }],
}
