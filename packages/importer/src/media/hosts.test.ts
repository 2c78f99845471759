import type { SourceExport, SourcePost } from '../sources/types.ts'
import { fetchAddresses, siteMediaHosts } from './hosts.ts'

const post = (fields: Partial<SourcePost>): SourcePost => ({
  label: 'p',
  title: 'P',
  body: { kind: 'html', html: '' },
  categories: [],
  tags: [],
  oldUrls: [],
  notes: [],
  ...fields,
})
const source = (fields: Partial<SourceExport>): SourceExport => ({
  format: 'wxr',
  file: 'x.xml',
  posts: [],
  authors: [],
  categories: [],
  skipped: [],
  ...fields,
})

describe('siteMediaHosts', () => {
  it('takes the site, its attachments and WordPress.com files host, not a host only images use', () => {
    const hosts = siteMediaHosts([
      source({
        siteUrl: 'https://www.runner.wordpress.com',
        attachments: { '4': 'https://media.runner-cdn.example/2024/03/a.jpg' },
        posts: [post({ coverImage: { url: 'https://hotlinked.example/b.jpg' } })],
      }),
    ])
    expect(hosts.sort()).toEqual(['media.runner-cdn.example', 'runner.files.wordpress.com', 'runner.wordpress.com'])
  })

  it('without a site address, takes the hosts its images share with its permalinks', () => {
    const hosts = siteMediaHosts([
      source({
        format: 'ghost',
        posts: [
          post({
            oldUrls: ['https://blog.example/a/'],
            coverImage: { url: 'https://blog.example/content/images/a.jpg' },
          }),
          post({ oldUrls: ['https://blog.example/b/'], coverImage: { url: 'https://unsplash.example/c.jpg' } }),
        ],
      }),
    ])
    expect(hosts).toEqual(['blog.example'])
  })
})

describe('fetchAddresses', () => {
  const hosts = new Set(['blog.example', 'blog.files.wordpress.com'])
  it('tries the original of a resized copy first, then the address as written', () => {
    expect(
      fetchAddresses('https://blog.example/wp-content/uploads/2024/03/hill-300x225.jpg', undefined, hosts),
    ).toEqual([
      'https://blog.example/wp-content/uploads/2024/03/hill.jpg',
      'https://blog.example/wp-content/uploads/2024/03/hill-300x225.jpg',
    ])
    expect(fetchAddresses('https://blog.files.wordpress.com/2024/03/a.jpg?w=640', undefined, hosts)).toEqual([
      'https://blog.files.wordpress.com/2024/03/a.jpg',
      'https://blog.files.wordpress.com/2024/03/a.jpg?w=640',
    ])
  })

  it("places Ghost's and site-relative addresses on the site, without Ghost's size folders", () => {
    const site = 'https://blog.example/news'
    expect(fetchAddresses('__GHOST_URL__/content/images/size/w600/2024/05/x.jpg', site, hosts)?.[0]).toBe(
      'https://blog.example/news/content/images/2024/05/x.jpg',
    )
    expect(fetchAddresses('/wp-content/uploads/x.png', site, hosts)).toEqual([
      'https://blog.example/wp-content/uploads/x.png',
    ])
  })

  it("fetches a wp.com CDN copy from its origin first, and only for the site's own files", () => {
    expect(
      fetchAddresses('https://i1.wp.com/blog.example/wp-content/uploads/x.jpg?resize=300', undefined, hosts),
    ).toEqual([
      'https://blog.example/wp-content/uploads/x.jpg',
      'https://i1.wp.com/blog.example/wp-content/uploads/x.jpg?resize=300',
    ])
    expect(fetchAddresses('https://i1.wp.com/other.example/x.jpg', undefined, hosts)).toBeUndefined()
  })

  it('fetches nothing from other hosts, nor an address relative to a post file', () => {
    expect(fetchAddresses('https://other.example/x.jpg', 'https://blog.example', hosts)).toBeUndefined()
    expect(fetchAddresses('images/x.jpg', 'https://blog.example', hosts)).toBeUndefined()
    expect(fetchAddresses('/x.jpg', undefined, hosts)).toBeUndefined()
    expect(fetchAddresses('data:image/png;base64,AAAA', 'https://blog.example', hosts)).toBeUndefined()
  })
})
