import { article } from './documents/article'
import { author } from './documents/author'
import { book } from './documents/book'
import { category } from './documents/category'
import { siteSettings } from './documents/site-settings'
import { blockContent } from './objects/block-content'
import { callout } from './objects/callout'
import { credential } from './objects/credential'
import { link } from './objects/link'
import { pullQuote } from './objects/pull-quote'
import { seo } from './objects/seo'
import { simpleBlockContent } from './objects/simple-block-content'
import { writtenFor } from './objects/written-for'

export const documentTypes = [article, author, book, category, siteSettings]
export const objectTypes = [blockContent, simpleBlockContent, seo, link, credential, writtenFor, callout, pullQuote]

export const schemaTypes = [...documentTypes, ...objectTypes]
