/**
 * The Studio schema and the zod stored-document schemas describe the same model: same fields, kinds, required-ness,
 * options and array members, for every document type. Checked by `tsc` (npm run typecheck); nothing runs this file.
 * The Studio side is TypeGen's (sanity.types.ts, `npm run typegen -w @blog/studio`).
 */
import type { z } from 'zod'
import type { articleDocumentSchema } from '../article.ts'
import type { authorDocumentSchema } from '../author.ts'
import type { bookDocumentSchema } from '../book.ts'
import type { categoryDocumentSchema } from '../category.ts'
import type { BLOCK_STYLES, INTERNAL_LINK_TYPES, LIST_TYPES } from '../portable-text.ts'
import type { siteSettingsDocumentSchema } from '../site-settings.ts'
import type { StoredDocumentType } from '../stored.ts'
import type { NoDiff, Same } from './compare.ts'
import type { StoredDiff } from './stored-diff.ts'
import type {
  AllSanitySchemaTypes,
  Article,
  Author,
  BlockContent,
  Book,
  Category,
  internalGroqTypeReferenceTo,
  SimpleBlockContent,
  SiteSettings,
} from './sanity.types.ts'

type Stored<S extends z.ZodType> = z.input<S>

// Every document type, both ways (asset documents are Sanity's own: TypeGen lists them from its built-in schema).
type _documentTypes = NoDiff<Same<Extract<AllSanitySchemaTypes, { _id: string }>['_type'], StoredDocumentType>>

type _article = NoDiff<StoredDiff<Article, Stored<typeof articleDocumentSchema>, 'article'>>
type _author = NoDiff<StoredDiff<Author, Stored<typeof authorDocumentSchema>, 'author'>>
type _book = NoDiff<StoredDiff<Book, Stored<typeof bookDocumentSchema>, 'book'>>
type _category = NoDiff<StoredDiff<Category, Stored<typeof categoryDocumentSchema>, 'category'>>
type _siteSettings = NoDiff<StoredDiff<SiteSettings, Stored<typeof siteSettingsDocumentSchema>, 'siteSettings'>>

// Rich text: the Studio offers exactly the shared styles, lists and internal link targets (the comparison above only
// asks that zod accepts every option the Studio offers). Decorators are not in TypeGen's types (marks are strings):
// studio/schemaTypes/contract.test.ts compares them.
type Block = Extract<BlockContent[number], { _type: 'block' }>
type InternalLink = Extract<NonNullable<Block['markDefs']>[number], { _type: 'internalLink' }>
type _styles = NoDiff<Same<NonNullable<Block['style']>, (typeof BLOCK_STYLES)[number]>>
type _lists = NoDiff<Same<NonNullable<Block['listItem']>, (typeof LIST_TYPES)[number]>>
type _linkTargets = NoDiff<
  Same<NonNullable<InternalLink['reference'][typeof internalGroqTypeReferenceTo]>, (typeof INTERNAL_LINK_TYPES)[number]>
>
// An author's bio is plain paragraphs with links.
type SimpleBlock = SimpleBlockContent[number]
type _simpleStyles = NoDiff<Same<NonNullable<SimpleBlock['style']>, 'normal'>>
type _simpleLists = NoDiff<Same<SimpleBlock['listItem'], undefined>>
type _simpleMarks = NoDiff<Same<NonNullable<SimpleBlock['markDefs']>[number]['_type'], 'link'>>

// The comparison itself finds drift: each line below must keep producing exactly its message.
type Drifted<Extra> = StoredDiff<Omit<Category, 'description'> & Extra, Stored<typeof categoryDocumentSchema>, 'c'>
type _onlyInStudio = NoDiff<
  Same<Drifted<{ description?: string; color?: string }>, 'c.color: in the Studio, missing from zod'>
>
type _onlyInZod = NoDiff<Same<Drifted<unknown>, 'c.description: in zod, missing from the Studio'>>
type _kind = NoDiff<Same<Drifted<{ description?: number }>, 'c.description: Studio stores number, zod expects string'>>
type _required = NoDiff<Same<Drifted<{ description: string }>, 'c.description: the Studio requires it, zod does not'>>
type _nested = NoDiff<
  Same<
    StoredDiff<
      Omit<Article, 'writtenFor'> & { writtenFor?: { _type: 'writtenFor'; name?: string } },
      Stored<typeof articleDocumentSchema>,
      'a'
    >,
    'a.writtenFor.name: zod requires it, the Studio does not' | 'a.writtenFor.url: in zod, missing from the Studio'
  >
>
type _member = NoDiff<
  Same<
    StoredDiff<
      Omit<Article, 'body'> & { body?: Array<Block | { _type: 'poll'; _key: string }> },
      Stored<typeof articleDocumentSchema>,
      'a'
    >,
    | 'a.body[]: Studio adds "poll" items, zod rejects them'
    | `a.body[]: zod allows "${Exclude<BlockContent[number]['_type'], 'block'>}" items, the Studio cannot add them`
  >
>
type _option = NoDiff<
  Same<
    StoredDiff<
      Omit<Article, 'body'> & { body?: Array<Omit<Block, 'style'> & { style?: 'h5' }> },
      Stored<typeof articleDocumentSchema>,
      'a'
    >,
    | 'a.body[block].style: Studio option "h5" not allowed by zod'
    | `a.body[]: zod allows "${Exclude<BlockContent[number]['_type'], 'block'>}" items, the Studio cannot add them`
  >
>
