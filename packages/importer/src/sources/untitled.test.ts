import { untitledPostTitle } from './untitled.ts'

const html = (text: string) => ({ kind: 'html' as const, html: text })
const titleOf = (body: Parameters<typeof untitledPostTitle>[0], date?: string) => untitledPostTitle(body, date).title

describe('untitledPostTitle', () => {
  it('keeps a short first paragraph whole, without an ellipsis', () => {
    expect(titleOf(html('<p>Easy miles by the canal.</p><p>More later.</p>'))).toBe('Easy miles by the canal.')
  })

  it('cuts a long one after a whole word, drops the punctuation before the cut and adds an ellipsis', () => {
    const text = 'Twelve hill repeats, a slow jog down, and a long stretch afterwards by the gate'
    const title = titleOf(html(`<p>${text}</p>`))
    expect(title.length).toBeLessThanOrEqual(61)
    expect(title.endsWith('…')).toBe(true)
    expect(text.startsWith(title.slice(0, -1))).toBe(true)
    expect(text[title.length - 1]).toBe(' ') // the next character of the text starts a new word
    expect(title).not.toMatch(/[,\s]…$/)
  })

  it('skips markup without words: comments, shortcodes, images, empty paragraphs', () => {
    const body = '<!-- wp:image --><figure><img src="/a.jpg"></figure><p> </p>[gallery ids="1,2"]\n\nRain again.'
    expect(titleOf(html(body))).toBe('Rain again.')
  })

  it('reads a Markdown body without its markup', () => {
    const markdown = '![A hill](hill.jpg)\n\n## The *long* way [round](https://x.example)\n\nText.'
    expect(titleOf({ kind: 'markdown', markdown })).toBe('The long way round')
  })

  it('falls back to the date in words, then to a plain title, and always asks for a real one', () => {
    expect(untitledPostTitle(html('<img src="/a.jpg">'), '2014-03-02T23:30:00Z')).toEqual({
      title: 'Post of 2 March 2014',
      note: 'the post has no title on the old site: titled "Post of 2 March 2014" from its date; give it a title in the Studio',
    })
    expect(untitledPostTitle(html(''), undefined).note).toBe(
      'the post has no title on the old site: titled "Untitled post"; give it a title in the Studio',
    )
  })
})
