import { CogIcon } from '@sanity/icons/Cog'
import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { TagIcon } from '@sanity/icons/Tag'
import { UserIcon } from '@sanity/icons/User'
import { SITE_SETTINGS_ID } from '@blog/schemas'
import type { DocumentActionsResolver, NewDocumentOptionsResolver, SanityDefinedAction, Template } from 'sanity'
import type { StructureResolver } from 'sanity/structure'
import { studioEnv } from '../env'

/** Document types edited as one fixed document rather than a list. */
const SINGLETON_TYPES = new Set(['siteSettings'])
const SINGLETON_ACTIONS = new Set<string | undefined>([
  'publish',
  'discardChanges',
  'restore',
] satisfies SanityDefinedAction[])
/** Templates that only make sense inside a filtered list, which passes their parameters. */
const CONTEXT_TEMPLATES = new Set(['article-by-author', 'article-in-category'])

const { apiVersion } = studioEnv()

export const structure: StructureResolver = (S) => {
  const articlesWhere = (title: string, filter: string, params: Record<string, string>, template: string) =>
    S.documentList()
      .title(title)
      .schemaType('article')
      .apiVersion(apiVersion)
      .filter(`_type == "article" && ${filter}`)
      .params(params)
      .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }])
      .initialValueTemplates([S.initialValueTemplateItem(template, params)])

  const articles = S.listItem()
    .title('Articles')
    .icon(DocumentTextIcon)
    .child(
      S.list()
        .title('Articles')
        .items([
          S.listItem()
            .title('All articles')
            .icon(DocumentTextIcon)
            .child(
              S.documentTypeList('article')
                .title('All articles')
                .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
            ),
          S.listItem()
            .title('By author')
            .icon(UserIcon)
            .child(
              S.documentTypeList('author')
                .title('Articles by author')
                .child((authorId) =>
                  articlesWhere('Articles', 'author._ref == $authorId', { authorId }, 'article-by-author'),
                ),
            ),
          S.listItem()
            .title('By category')
            .icon(TagIcon)
            .child(
              S.documentTypeList('category')
                .title('Articles by category')
                .child((categoryId) =>
                  articlesWhere('Articles', '$categoryId in categories[]._ref', { categoryId }, 'article-in-category'),
                ),
            ),
        ]),
    )

  const handled = new Set(['article', 'author', 'book', 'category', ...SINGLETON_TYPES])
  return S.list()
    .title('Content')
    .items([
      articles,
      S.documentTypeListItem('author').title('Authors'),
      S.documentTypeListItem('book').title('Books'),
      S.documentTypeListItem('category').title('Categories'),
      S.divider(),
      S.listItem()
        .title('Site settings')
        .id(SITE_SETTINGS_ID)
        .icon(CogIcon)
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Site settings')),
      // Any document type added later shows up here until it gets a place of its own.
      ...S.documentTypeListItems().filter((item) => !handled.has(item.getId() ?? '')),
    ])
}

/** New articles started from a filtered list begin with that author or category filled in. */
export const templates = (previous: Template[]): Template[] => [
  ...previous.filter((template) => !SINGLETON_TYPES.has(template.schemaType)),
  {
    id: 'article-by-author',
    title: 'Article by this author',
    schemaType: 'article',
    parameters: [{ name: 'authorId', type: 'string' }],
    value: ({ authorId }: { authorId: string }) => ({
      author: { _type: 'reference', _ref: authorId },
      publishedAt: new Date().toISOString(),
    }),
  },
  {
    id: 'article-in-category',
    title: 'Article in this category',
    schemaType: 'article',
    parameters: [{ name: 'categoryId', type: 'string' }],
    value: ({ categoryId }: { categoryId: string }) => ({
      categories: [{ _type: 'reference', _ref: categoryId, _key: categoryId.slice(-12) }],
      publishedAt: new Date().toISOString(),
    }),
  },
]

export const newDocumentOptions: NewDocumentOptionsResolver = (previous, { creationContext }) =>
  creationContext.type === 'global' ? previous.filter((item) => !CONTEXT_TEMPLATES.has(item.templateId)) : previous

/** Site settings can be edited and published, never duplicated or deleted. */
export const singletonActions: DocumentActionsResolver = (previous, { schemaType }) =>
  SINGLETON_TYPES.has(schemaType) ? previous.filter(({ action }) => SINGLETON_ACTIONS.has(action)) : previous
