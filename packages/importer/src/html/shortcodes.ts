import type { Context } from './context.ts'

// [name attrs], [name attrs /], [name attrs]content[/name]; [[name]] is WordPress's way to write one literally.
const SHORTCODE = /(\[?)\[([a-z][\w-]*)(\s[^[\]]*?)?\s*\/?\](?:([\s\S]*?)\[\/\2\])?(\]?)/gi
// Code and scripts are not prose: a "[i]" in them is not a shortcode.
const PROTECTED = /<(pre|code|script|style|textarea)\b[\s\S]*?<\/\1\s*>/gi
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s'"]+))/g
// An image, possibly inside a link, at the start of a [caption]; the rest is the caption.
const CAPTIONED = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function attributesOf(text = ''): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of text.matchAll(ATTRIBUTE))
    attributes[(match[1] as string).toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? ''
  return attributes
}

/** `[caption …]<img …> Text[/caption]` as the `<figure>` the block editor would write. */
function captionFigure(attributes: Record<string, string>, content: string): string {
  const parts = CAPTIONED.exec(content)
  if (!parts) return content
  const caption = (parts[2] as string).trim() || attributes.caption || ''
  return `<figure>${parts[1]}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
}

/** `[gallery ids="12,13"]` as a gallery of the attachments' images. */
function galleryFigure(attributes: Record<string, string>, context: Context): string {
  const ids = (attributes.ids ?? attributes.include ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
  if (ids.length === 0) {
    context.notes.add(
      'a [gallery] without ids was left out: it showed the images attached to the post; add them in the Studio',
    )
    return ''
  }
  const images = ids.map((id) => {
    const url = context.options.attachments?.[id]
    if (url) return `<figure><img src="${escapeAttribute(url)}"></figure>`
    context.notes.add(`gallery image ${id} was left out: the export has no attachment with that id`)
    return ''
  })
  return `<figure class="wp-block-gallery">${images.join('')}</figure>`
}

function expand(html: string, context: Context): string {
  return html.replace(
    SHORTCODE,
    (
      whole,
      open: string,
      name: string,
      attributeText: string | undefined,
      content: string | undefined,
      close: string,
      offset: number,
      all: string,
    ) => {
      if (open && close) return whole.slice(1, -1)
      // "[text](address)" is a Markdown link someone pasted, not a shortcode.
      if (all[offset + whole.length] === '(') return whole
      const tag = name.toLowerCase()
      const attributes = attributesOf(attributeText)
      let replacement: string
      if (tag === 'caption' || tag === 'wp_caption') replacement = captionFigure(attributes, content ?? '')
      else if (tag === 'gallery') replacement = galleryFigure(attributes, context)
      else {
        context.notes.add(`shortcode [${tag}] kept as text`)
        return whole
      }
      return `${open}${replacement}${close}`
    },
  )
}

/**
 * WordPress shortcodes: captions and galleries become the figures they stand for, any other shortcode stays as
 * text (with a note), since the new site has nothing that would run it.
 */
export function expandShortcodes(html: string, context: Context): string {
  let result = ''
  let last = 0
  for (const match of html.matchAll(PROTECTED)) {
    result += expand(html.slice(last, match.index), context) + match[0]
    last = match.index + match[0].length
  }
  return result + expand(html.slice(last), context)
}
