import { render, screen } from '@testing-library/react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Image } from '@blog/schemas'
import { image } from '@/test/fixtures'
import { ContentImage } from './content-image'

const cdnImage: Image = {
  alt: 'A runner on a bridge',
  hotspot: { x: 0.3, y: 0.4, width: 0.2, height: 0.2 },
  crop: { top: 0.1, bottom: 0, left: 0, right: 0.2 },
  asset: {
    _id: 'image-abc123-1200x800-jpg',
    url: 'https://cdn.sanity.io/images/proj/production/abc123-1200x800.jpg',
    metadata: { dimensions: { width: 1200, height: 800, aspectRatio: 1.5 }, lqip: 'data:image/jpeg;base64,LQIP' },
  },
}

describe('ContentImage', () => {
  it('sizes a CDN image from the crop and hotspot, with a srcset for the layout', () => {
    render(<ContentImage image={cdnImage} width={960} aspect={16 / 9} sizes="100vw" />)
    const img = screen.getByRole('img', { name: 'A runner on a bridge' })
    expect(img).toHaveAttribute('width', '960')
    expect(img).toHaveAttribute('height', '540')
    const candidates = (img.getAttribute('srcset') ?? '').split(', ')
    expect(candidates.length).toBeGreaterThan(3)
    for (const candidate of candidates) {
      const url = new URL(candidate.split(' ')[0] as string)
      // The crop (left 80% of the width, lower 90% of the height) and 16:9 around the hotspot.
      expect(url.searchParams.get('rect')).toBe('0,80,960,540')
      expect(url.searchParams.get('auto')).toBe('format')
    }
    expect(img).toHaveAttribute('loading', 'lazy')
  })

  it('keeps the hotspot of a local file in view when framing it, and loads eagerly when asked', () => {
    const local = { ...image('A square crop', 1200, 675), hotspot: { x: 0.25, y: 0.75, width: 0.2, height: 0.2 } }
    render(<ContentImage image={local} width={96} aspect={1} priority />)
    const img = screen.getByRole('img', { name: 'A square crop' })
    expect(img).toHaveAttribute('width', '96')
    expect(img).toHaveAttribute('height', '96')
    expect(img).toHaveStyle({ objectFit: 'cover', objectPosition: '25% 75%' })
    expect(img).toHaveAttribute('loading', 'eager')
    expect(img).toHaveAttribute('fetchpriority', 'high')
    expect(img.getAttribute('srcset')).toMatch(
      /^\/media\/abc-1200x675\.png\?w=\d+ 1x, \/media\/abc-1200x675\.png\?w=\d+ 2x$/,
    )
  })

  it("shows the asset's LQIP as a blurred placeholder under the image a reader sees first", () => {
    const html = renderToStaticMarkup(<ContentImage image={cdnImage} width={320} priority />)
    expect(html).toContain('background-image')
    expect(html).toContain('LQIP')
  })

  it('sends no placeholder with a lazy image, which loads before it scrolls into view', () => {
    const html = renderToStaticMarkup(<ContentImage image={cdnImage} width={320} />)
    expect(html).not.toContain('background-image')
    expect(html).not.toContain('LQIP')
  })
})
