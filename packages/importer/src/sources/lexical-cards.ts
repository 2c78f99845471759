import { escapeAttribute, escapeHtml } from './html-text.ts'

type LexicalNode = Record<string, unknown>

const str = (value: unknown) => (typeof value === 'string' ? value : '')
const metadataOf = (node: LexicalNode): LexicalNode =>
  typeof node.metadata === 'object' && node.metadata !== null ? (node.metadata as LexicalNode) : {}

const captioned = (html: string, caption: string, card: string) =>
  caption ? `<figure class="kg-card ${card}">${html}<figcaption>${caption}</figcaption></figure>` : html

export function codeCard(node: LexicalNode): string {
  const language = str(node.language) ? ` class="language-${escapeAttribute(str(node.language))}"` : ''
  return captioned(
    `<pre><code${language}>${escapeHtml(str(node.code))}</code></pre>`,
    str(node.caption),
    'kg-code-card',
  )
}

// Embeds and bookmarks as the cards Ghost's own HTML has, so one converter reads both.
export function embedCard(node: LexicalNode): string {
  const metadata = metadataOf(node)
  const url = escapeAttribute(str(node.url))
  const caption = str(node.caption)
  const title = escapeAttribute(str(metadata.title))
  return `<figure class="kg-card kg-embed-card" data-url="${url}" data-title="${title}">${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
}

export function bookmarkCard(node: LexicalNode): string {
  const metadata = metadataOf(node)
  const part = (name: string, field: unknown) =>
    str(field) ? `<div class="kg-bookmark-${name}">${escapeHtml(str(field))}</div>` : ''
  const thumbnail = str(metadata.thumbnail)
    ? `<div class="kg-bookmark-thumbnail"><img src="${escapeAttribute(str(metadata.thumbnail))}" alt=""></div>`
    : ''
  const caption = str(node.caption)
  return (
    `<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="${escapeAttribute(str(node.url))}">` +
    part('title', metadata.title) +
    part('description', metadata.description) +
    part('author', metadata.publisher) +
    part('publisher', metadata.author) +
    `${thumbnail}</a>${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
  )
}

// Audio and video as Ghost's own HTML cards, so build/html/media-files.ts reads both; the card's buttons are left out.
export function audioCard(node: LexicalNode): string {
  const title = str(node.title) ? `<div class="kg-audio-title">${escapeHtml(str(node.title))}</div>` : ''
  return `<div class="kg-card kg-audio-card"><audio src="${escapeAttribute(str(node.src))}"></audio>${title}</div>`
}

export function videoCard(node: LexicalNode): string {
  const thumbnail = (name: string, field: unknown) =>
    str(field) ? ` data-kg-${name}="${escapeAttribute(str(field))}"` : ''
  const caption = str(node.caption)
  return (
    `<figure class="kg-card kg-video-card"${thumbnail('thumbnail', node.thumbnailSrc)}` +
    `${thumbnail('custom-thumbnail', node.customThumbnailSrc)}><video src="${escapeAttribute(str(node.src))}"></video>` +
    `${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
  )
}
