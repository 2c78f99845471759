import {
  isSanityDefinedAction,
  prepareTemplates,
  type DocumentActionComponent,
  type Source,
  type Template,
  type TemplateItem,
} from 'sanity'
import { createStructureBuilder } from 'sanity/structure'
import { studioSchema } from '../schemaTypes/test-support'
import { newDocumentOptions, singletonActions, structure, templates } from '.'

// The smallest source the structure builder needs to serialize lists without a project.
const source = {
  schema: studioSchema,
  templates: prepareTemplates(studioSchema, templates([])),
  i18n: { t: (key: string) => key },
  getClient: () => ({}),
  document: { resolveNewDocumentOptions: () => [] },
} as unknown as Source

type Node = {
  id: string
  title?: string
  type: string
  child?: unknown
  options?: Record<string, unknown>
  items?: Node[]
}
const S = createStructureBuilder({ source, perspectiveStack: [] })
const serialize = (builder: unknown): Node => (builder as { serialize: (o: object) => Node }).serialize({ path: [] })
const root = serialize(structure(S, {} as never))
const item = (list: Node, id: string) => list.items!.find((i) => i.id === id)!

async function resolveChild(node: Node, id: string): Promise<Node> {
  const child = node.child as ((id: string, ctx: object) => unknown) | { serialize?: unknown }
  const resolved = typeof child === 'function' ? await child(id, { parent: node, index: 0, path: [] }) : child
  return typeof (resolved as { serialize?: unknown }).serialize === 'function'
    ? serialize(resolved)
    : (resolved as Node)
}

describe('desk structure', () => {
  it('lists articles, authors, books, categories, then site settings', () => {
    expect(root.items!.map((i) => i.title ?? i.type)).toEqual([
      'Articles',
      'Authors',
      'Books',
      'Categories',
      'divider',
      'Site settings',
    ])
  })

  it('opens site settings as the one document with id siteSettings', () => {
    const editor = item(root, 'siteSettings').child as Node
    expect(editor.options).toMatchObject({ id: 'siteSettings', type: 'siteSettings' })
  })

  it('groups articles: all, by author, by category', async () => {
    const articles = item(root, 'articles').child as Node
    expect(articles.items!.map((i) => i.title)).toEqual(['All articles', 'By author', 'By category'])
    const authors = articles.items![1]!.child as Node
    const byAuthor = await resolveChild(authors, 'author-ada')
    expect(byAuthor.options).toMatchObject({
      filter: '_type == "article" && author._ref == $authorId',
      params: { authorId: 'author-ada' },
    })
    const categories = articles.items![2]!.child as Node
    const byCategory = await resolveChild(categories, 'category-training')
    expect(byCategory.options).toMatchObject({ params: { categoryId: 'category-training' } })
  })
})

describe('new documents', () => {
  const all = templates([
    { id: 'siteSettings', schemaType: 'siteSettings' } as Template,
    { id: 'article', schemaType: 'article' } as Template,
  ])
  const byId = (id: string) => all.find((t) => t.id === id)!

  it('never offers a second site settings document', () => {
    expect(all.map((t) => t.id)).not.toContain('siteSettings')
  })

  it('starts an article from an author or category list with that author or category', () => {
    const valueOf = (id: string, params: object) => (byId(id).value as (p: object) => Record<string, unknown>)(params)
    expect(valueOf('article-by-author', { authorId: 'author-ada' }).author).toEqual({
      _type: 'reference',
      _ref: 'author-ada',
    })
    expect(valueOf('article-in-category', { categoryId: 'category-training' }).categories).toEqual([
      expect.objectContaining({ _type: 'reference', _ref: 'category-training' }),
    ])
  })

  it('keeps the list-only templates out of the global create menu', () => {
    const items = ['article', 'article-by-author', 'article-in-category'].map(
      (templateId) => ({ templateId }) as TemplateItem,
    )
    const offered = (type: 'global' | 'structure') =>
      newDocumentOptions(items, { creationContext: { type, schemaType: 'article' } } as never).map((i) => i.templateId)
    expect(offered('global')).toEqual(['article'])
    expect(offered('structure')).toHaveLength(3)
  })
})

describe('site settings actions', () => {
  const actions = ['publish', 'unpublish', 'delete', 'duplicate', 'discardChanges', 'restore'].map(
    (action) => Object.assign(() => null, { action }) as unknown as DocumentActionComponent,
  )
  const names = (schemaType: string) => singletonActions(actions, { schemaType } as never).map((a) => a.action)

  it('allow publishing and reverting, never deleting or duplicating', () => {
    expect(names('siteSettings')).toEqual(['publish', 'discardChanges', 'restore'])
    expect(names('article')).toHaveLength(6)
  })

  it('are named as Studio 6 names its built-in actions', () => {
    for (const action of ['publish', 'unpublish', 'delete', 'duplicate', 'discardChanges', 'restore'] as const) {
      expect(isSanityDefinedAction({ action, label: action })).toBe(true)
    }
    expect(isSanityDefinedAction({ action: 'discard' as never, label: 'discard' })).toBe(false)
  })
})
