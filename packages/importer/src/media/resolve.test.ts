import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createMediaResolver } from './resolve.ts'

let root: string
beforeEach(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'media-resolve-')))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** Empty files are enough: the resolver only finds files, the store reads them. */
function files(...names: string[]) {
  for (const name of names) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), '')
  }
}
const at = (name: string) => ({ file: path.join(root, name) })

describe('WordPress uploads', () => {
  const site = { siteUrl: 'https://old.example.com' }

  it('finds an upload by its address on the site, preferring the original to a resized copy', () => {
    files('uploads/2024/03/hill.jpg', 'uploads/2024/03/hill-300x225.jpg', 'uploads/2024/03/hill-1024x768.jpg')
    const media = createMediaResolver(path.join(root, 'uploads'), site)
    expect(media.find('https://old.example.com/wp-content/uploads/2024/03/hill-300x225.jpg')).toEqual(
      at('uploads/2024/03/hill.jpg'),
    )
    expect(media.find('http://www.old.example.com/wp-content/uploads/2024/03/hill.jpg?resize=300%2C225#x')).toEqual(
      at('uploads/2024/03/hill.jpg'),
    )
  })

  it('takes the largest copy there is when the original is not in the folder, then the scaled one', () => {
    files('2024/03/hill-300x225.jpg', 'uploads/2024/03/hill-1024x768.jpg', 'uploads/2024/03/hill-150x150.jpg')
    const media = createMediaResolver(path.join(root, 'uploads'), site)
    expect(media.find('/wp-content/uploads/2024/03/hill-150x150.jpg')).toEqual(at('uploads/2024/03/hill-1024x768.jpg'))
    files('uploads/2024/03/hill-scaled.jpg')
    expect(
      createMediaResolver(path.join(root, 'uploads'), site).find('/wp-content/uploads/2024/03/hill-150x150.jpg'),
    ).toEqual(at('uploads/2024/03/hill-scaled.jpg'))
  })

  it('finds uploads of a site in a sub-folder, and in a --media folder above uploads', () => {
    files('site/wp-content/uploads/2023/11/track.png')
    expect(
      createMediaResolver(path.join(root, 'site/wp-content/uploads'), site).find(
        'https://old.example.com/blog/wp-content/uploads/2023/11/track.png',
      ),
    ).toEqual(at('site/wp-content/uploads/2023/11/track.png'))
    for (const folder of ['site', 'site/wp-content'])
      expect(createMediaResolver(path.join(root, folder), site).find('/wp-content/uploads/2023/11/track.png')).toEqual(
        at('site/wp-content/uploads/2023/11/track.png'),
      )
  })

  it('reports images on other hosts, and what is not in the folder', () => {
    files('uploads/2024/03/hill.jpg')
    const media = createMediaResolver(path.join(root, 'uploads'), site)
    expect(media.find('https://cdn.other.example/wp-content/uploads/2024/03/hill.jpg')).toEqual({
      missing: 'on another site (https://cdn.other.example/…): not imported',
    })
    expect(media.find('https://old.example.com/wp-content/uploads/2024/04/hill.jpg')).toEqual({
      missing: 'not in the media folder (looked for 2024/04/hill.jpg)',
    })
  })

  it('without a site address, takes absolute addresses under wp-content/uploads as the site’s own', () => {
    files('2024/03/hill.jpg')
    const media = createMediaResolver(root, {})
    expect(media.find('https://old.example.com/wp-content/uploads/2024/03/hill.jpg')).toEqual(at('2024/03/hill.jpg'))
    expect(media.find('https://images.example.net/photo-123.jpg')).toEqual({
      missing: 'on another site (https://images.example.net/…): not imported',
    })
  })
})

describe('Ghost images', () => {
  it('reads __GHOST_URL__, site-relative and resized addresses', () => {
    files('images/2024/05/track.jpg')
    const media = createMediaResolver(path.join(root, 'images'), { siteUrl: 'https://ghost.example.com/' })
    for (const url of [
      '__GHOST_URL__/content/images/2024/05/track.jpg',
      '/content/images/2024/05/track.jpg',
      '/content/images/size/w600/2024/05/track.jpg',
      'https://ghost.example.com/content/images/size/w1000h600/format/webp/2024/05/track.jpg',
    ])
      expect(media.find(url)).toEqual(at('images/2024/05/track.jpg'))
  })
})

describe('Markdown folders', () => {
  beforeEach(() => files('site/posts/hill/index.md', 'site/posts/hill/hill.jpg', 'site/static/images/track.jpg'))
  const post = () => ({ postFile: path.join(root, 'site/posts/hill/index.md') })

  it('resolves relative paths against the post first, then the media folder', () => {
    const media = createMediaResolver(path.join(root, 'site/static'), {})
    expect(media.find('./hill.jpg', post())).toEqual(at('site/posts/hill/hill.jpg'))
    expect(media.find('hill.jpg', post())).toEqual(at('site/posts/hill/hill.jpg'))
    expect(media.find('images/track.jpg', post())).toEqual(at('site/static/images/track.jpg'))
    expect(media.find('../../static/images/track.jpg', post())).toEqual(at('site/static/images/track.jpg'))
  })

  it('finds site-relative paths under the media folder, with or without their first folder', () => {
    expect(createMediaResolver(path.join(root, 'site/static'), {}).find('/images/track.jpg')).toEqual(
      at('site/static/images/track.jpg'),
    )
    expect(createMediaResolver(path.join(root, 'site/static/images'), {}).find('/images/track.jpg')).toEqual(
      at('site/static/images/track.jpg'),
    )
  })

  it('decodes percent-escapes', () => {
    files('site/static/images/hill at dawn.jpg')
    expect(createMediaResolver(path.join(root, 'site/static'), {}).find('/images/hill%20at%20dawn.jpg')).toEqual(
      at('site/static/images/hill at dawn.jpg'),
    )
  })

  it('still finds images beside the post without --media, and says when the folder is needed', () => {
    const media = createMediaResolver(undefined, {})
    expect(media.find('hill.jpg', post())).toEqual(at('site/posts/hill/hill.jpg'))
    expect(media.find('/images/track.jpg', post())).toEqual({ missing: 'no --media folder given' })
    expect(media.find('other.jpg', post())).toEqual({ missing: 'not beside the post (looked for other.jpg)' })
    expect(createMediaResolver(path.join(root, 'site/static'), {}).find('other.jpg', post())).toEqual({
      missing: 'not beside the post nor in the media folder (looked for other.jpg)',
    })
  })
})

describe('safety', () => {
  beforeEach(() => files('secret.jpg', 'media/inside.jpg', 'posts/post.md'))

  it('never leaves the media folder or the post’s folder', () => {
    const media = createMediaResolver(path.join(root, 'media'), { siteUrl: 'https://old.example.com' })
    const post = { postFile: path.join(root, 'posts/post.md') }
    expect(media.find('../secret.jpg', post)).toEqual({
      missing: "outside the post's folder and the media folder (../secret.jpg): not imported",
    })
    for (const url of [
      '/../secret.jpg',
      '/wp-content/uploads/../../../secret.jpg',
      '/%2e%2e/secret.jpg',
      '/..%2Fsecret.jpg',
      'https://old.example.com/wp-content/uploads/..%2F..%2Fsecret.jpg',
    ])
      expect(media.find(url)).toEqual({ missing: 'not in the media folder (looked for secret.jpg)' })
    expect(media.find('../media/inside.jpg', post)).toEqual(at('media/inside.jpg'))
    files('media/..hidden.jpg')
    expect(media.find('/..hidden.jpg')).toEqual(at('media/..hidden.jpg'))
  })

  it('refuses a symbolic link that leads out of the media folder', () => {
    symlinkSync(path.join(root, 'secret.jpg'), path.join(root, 'media/link.jpg'))
    expect(createMediaResolver(path.join(root, 'media'), {}).find('/link.jpg')).toEqual({
      missing: "outside the post's folder and the media folder (link.jpg): not imported",
    })
  })

  it('only takes images, from web addresses', () => {
    files('media/plan.pdf')
    const media = createMediaResolver(path.join(root, 'media'), {})
    expect(media.find('/plan.pdf')).toEqual({ missing: 'not an image file (.pdf): not imported' })
    expect(media.find('/media/inside')).toEqual({ missing: 'not an image file (no extension): not imported' })
    expect(media.find('data:image/png;base64,AAAA')).toEqual({ missing: 'an inline data: image: not imported' })
    expect(media.find('file:///etc/inside.jpg')).toEqual({ missing: 'not a web address (file:): not imported' })
    expect(media.find('  ')).toEqual({ missing: 'an empty image address' })
  })

  it('refuses a --media path that is not a folder', () => {
    expect(() => createMediaResolver(path.join(root, 'nowhere'), {})).toThrow('no such folder')
    expect(() => createMediaResolver(path.join(root, 'secret.jpg'), {})).toThrow('no such folder')
  })
})
