import type { ArticleSummary } from '@blog/schemas'
import { paths } from './paths'
import { absoluteUrl } from './seo'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
// XML 1.0 cannot carry control characters or lone surrogates, even escaped: they are dropped.
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text for XML content or attribute values. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
}

interface FeedOptions {
  title: string
  description: string
  siteUrl: string
  /** Path of the page the feed follows (home, an author). */
  pagePath: string
  /** Path of the feed itself, for the `atom:link rel="self"` readers use to subscribe. */
  feedPath: string
  articles: ArticleSummary[]
}

const rfc822 = (iso: string) => new Date(iso).toUTCString()

/**
 * An RSS 2.0 feed: per item title, link, summary, author, date and categories, all URLs absolute.
 * `lastBuildDate` is the newest article's date, so the cached feed only changes with the content.
 */
export function rssFeed({ title, description, siteUrl, pagePath, feedPath, articles }: FeedOptions): string {
  const tag = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`
  const items = articles.map((article) => {
    const url = absoluteUrl(siteUrl, paths.article(article.slug))
    return [
      '<item>',
      tag('title', article.title),
      tag('link', url),
      `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
      tag('pubDate', rfc822(article.publishedAt)),
      article.author ? tag('dc:creator', article.author.name) : '',
      ...(article.categories ?? []).map(
        (category) =>
          `<category domain="${escapeXml(absoluteUrl(siteUrl, paths.category(category.slug)))}">${escapeXml(category.title)}</category>`,
      ),
      article.excerpt ? tag('description', article.excerpt) : '',
      '</item>',
    ]
      .filter(Boolean)
      .join('')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    tag('title', title),
    tag('link', absoluteUrl(siteUrl, pagePath)),
    tag('description', description),
    tag('language', 'en'),
    `<atom:link href="${escapeXml(absoluteUrl(siteUrl, feedPath))}" rel="self" type="application/rss+xml"/>`,
    articles[0] ? tag('lastBuildDate', rfc822(articles[0].publishedAt)) : '',
    ...items,
    '</channel>',
    '</rss>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
}

/** The feed as an HTTP response. */
export function feedResponse(xml: string): Response {
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
