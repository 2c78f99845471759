import { htmlToBlocks } from '@portabletext/block-tools'
import { JSDOM } from 'jsdom'
import type { Body } from '../portable-text.ts'
import { embedBareUrls } from './bare-urls.ts'
import { blockContentType } from './body-type.ts'
import { cleanDocument } from './clean-dom.ts'
import { createContext } from './context.ts'
import { BLOCK_TAGS } from './dom.ts'
import { finishBody } from './finish.ts'
import { autoParagraphs, moveImagesOutOfText, wrapLooseText } from './paragraphs.ts'
import { conversionRules } from './rules.ts'
import { expandShortcodes } from './shortcodes.ts'
import type { BodyFiles, BodyImage, HtmlToBodyOptions } from './types.ts'

export type { BodyFiles, BodyImage, HtmlToBodyOptions } from './types.ts'

const BLOCK_TAG = new RegExp(`<(?:${Array.from(BLOCK_TAGS).join('|')})[\\s/>]`, 'i')

let parser: DOMParser | undefined
/**
 * One jsdom window for the whole run, parsing each post into a document of its own: a window per post is never freed
 * (about 0.6 MB each even after close(), measured), which took a 2,000-post import past 1.6 GB.
 */
function htmlParser(): DOMParser {
  parser ??= new new JSDOM('').window.DOMParser()
  return parser
}

/**
 * Post HTML from WordPress (classic or block editor) or Ghost as the article body, through Sanity's block-tools with
 * the Studio's own body type. Images come out as blocks without an asset, listed in `images` with the address to
 * fetch, and audio and video blocks without their files, listed in `files`; whatever the body cannot hold is left out or kept as text, and said in `notes`.
 *
 * `resolveLink` is asked about site-relative links and, when `siteUrl` is given, absolute links to that site.
 */
export function htmlToBody(
  html: string,
  options: HtmlToBodyOptions,
): { body: Body; images: BodyImage[]; files: BodyFiles[]; notes: string[] } {
  const context = createContext(options)
  const paragraphs = options.autoParagraphs ?? !BLOCK_TAG.test(html.replace(/<!--[\s\S]*?-->/g, ''))
  const blocks = htmlToBlocks(expandShortcodes(html, context), blockContentType(), {
    keyGenerator: context.nextKey,
    rules: conversionRules(context),
    parseHtml: (source) => {
      const document = htmlParser().parseFromString(source, 'text/html')
      const body = document.body
      cleanDocument(body, context)
      if (paragraphs) autoParagraphs(body)
      wrapLooseText(body)
      if (options.embedBareUrls) embedBareUrls(body, context)
      moveImagesOutOfText(body)
      return document
    },
  })
  const { body, images, files } = finishBody(blocks, context)
  return { body, images, files, notes: Array.from(context.notes) }
}
