import imageLoader from './image-loader'

describe('imageLoader', () => {
  it('sizes Sanity CDN images, keeping the crop and dropping a fixed height', () => {
    const src = 'https://cdn.sanity.io/images/p/d/abc-1200x800.jpg?rect=0,80,960,540&w=960&h=540&fit=crop&auto=format'
    const url = new URL(imageLoader({ src, width: 640 }))
    expect(url.searchParams.get('rect')).toBe('0,80,960,540')
    expect(url.searchParams.get('w')).toBe('640')
    expect(url.searchParams.get('h')).toBeNull()
    expect(url.searchParams.get('q')).toBe('75')
    expect(url.searchParams.get('auto')).toBe('format')
  })

  it('serves local files unchanged apart from a width the route ignores', () => {
    expect(imageLoader({ src: '/media/abc-1200x675.png', width: 828, quality: 75 })).toBe(
      '/media/abc-1200x675.png?w=828',
    )
  })
})
