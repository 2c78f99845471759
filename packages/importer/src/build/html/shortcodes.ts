import type { Context } from './context.ts'

// [name attrs], [name attrs /], [name attrs]content[/name]; [[name]] is WordPress's way to write one literally.
const SHORTCODE = /(\[?)\[([a-z][\w-]*)(\s[^[\]]*?)?\s*\/?\](?:([\s\S]*?)\[\/\2\])?(\]?)/gi
// Code and scripts are not prose: a "[i]" in them is not a shortcode.
const PROTECTED = /<(pre|code|script|style|textarea)\b[\s\S]*?<\/\1\s*>/gi
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s'"]+))/g
// An image, possibly inside a link, at the start of a [caption]; the rest is the caption.
const CAPTIONED = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i

const CODE_SHORTCODES = new Set(['code', 'sourcecode'])

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

/** `[code lang="js"]…[/code]` (and `[sourcecode language=…]`) as the `<pre>` a highlighter shows. */
function codeFigure(attributes: Record<string, string>, content: string): string {
  const language = attributes.lang ?? attributes.language ?? ''
  // Highlighter plugins keep the code raw: only tags need escaping, entities already written stay as they are.
  const code = content
    .replace(/^\r?\n/, '')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
  return `<pre class="language-${escapeAttribute(language)}">${code}</pre>`
}

// WordPress shows `[embed]URL[/embed]` as the embed the URL names, like the block editor's embed block.
const embedFigure = (content: string) =>
  `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">${content.trim()}</div></figure>`

// WordPress's [audio] and [video] name the file in `src` or by its format (`mp3=`, `mp4=`, …), as fallbacks of
// each other.
const PLAYER_FORMATS = { audio: 'mp3 m4a ogg oga wav flac wma', video: 'mp4 m4v webm ogv mov wmv flv' }

/** `[audio mp3="…"]` and `[video mp4="…" poster="…"]` as the `<audio>` and `<video>` WordPress renders them as. */
function playerHtml(tag: 'audio' | 'video', attributes: Record<string, string>): string {
  const sources = [attributes.src, ...PLAYER_FORMATS[tag].split(' ').map((format) => attributes[format])]
    .filter((src): src is string => Boolean(src?.trim()))
    .map((src) => `<source src="${escapeAttribute(src)}">`)
  const poster = tag === 'video' && attributes.poster ? ` poster="${escapeAttribute(attributes.poster)}"` : ''
  return `<${tag}${poster}>${sources.join('')}</${tag}>`
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
      else if (CODE_SHORTCODES.has(tag) && content !== undefined) replacement = codeFigure(attributes, content)
      else if (tag === 'embed' && content !== undefined) replacement = embedFigure(content)
      else if (tag === 'audio' || tag === 'video') replacement = playerHtml(tag, attributes)
      else {
        context.notes.add(`shortcode [${tag}] kept as text`)
        return whole
      }
      return `${open}${replacement}${close}`
    },
  )
}

/**
 * WordPress shortcodes: captions, galleries, code, embeds, audio and video become the HTML they stand for, any other shortcode stays as
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
