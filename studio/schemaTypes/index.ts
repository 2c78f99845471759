import { article } from './documents/article.ts'
import { author } from './documents/author.ts'
import { book } from './documents/book.ts'
import { category } from './documents/category.ts'
import { siteSettings } from './documents/site-settings.ts'
import { audioFile } from './objects/audio-file.ts'
import { blockContent } from './objects/block-content.ts'
import { callout } from './objects/callout.ts'
import { credential } from './objects/credential.ts'
import { dataTable } from './objects/data-table.ts'
import { divider } from './objects/divider.ts'
import { embed } from './objects/embed.ts'
import { linkCard } from './objects/link-card.ts'
import { link } from './objects/link.ts'
import { pullQuote } from './objects/pull-quote.ts'
import { seo } from './objects/seo.ts'
import { videoFile } from './objects/video-file.ts'
import { simpleBlockContent } from './objects/simple-block-content.ts'
import { writtenFor } from './objects/written-for.ts'

export const documentTypes = [article, author, book, category, siteSettings]
export const objectTypes = [
  blockContent,
  simpleBlockContent,
  seo,
  link,
  credential,
  writtenFor,
  callout,
  pullQuote,
  dataTable,
  divider,
  embed,
  linkCard,
  audioFile,
  videoFile,
]

export const schemaTypes = [...documentTypes, ...objectTypes]
