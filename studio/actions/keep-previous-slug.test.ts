import { previousSlugsAfterPublish } from './keep-previous-slug'

const doc = (slug: string, previousSlugs?: string[]) => ({ slug: { current: slug }, previousSlugs })

describe('previousSlugsAfterPublish', () => {
  it('records the published slug when the draft renames it', () => {
    expect(previousSlugsAfterPublish(doc('old'), doc('new'))).toEqual(['old'])
    expect(previousSlugsAfterPublish(doc('old'), doc('new', ['older']))).toEqual(['older', 'old'])
  })

  it('changes nothing for a first publish, an unchanged slug, or an already recorded one', () => {
    expect(previousSlugsAfterPublish(null, doc('new'))).toBeNull()
    expect(previousSlugsAfterPublish(doc('same'), doc('same'))).toBeNull()
    expect(previousSlugsAfterPublish(doc('old'), doc('new', ['old']))).toBeNull()
  })

  it('drops the new slug from the old ones when an editor renames back', () => {
    expect(previousSlugsAfterPublish(doc('b'), doc('a', ['a']))).toEqual(['b'])
  })
})
