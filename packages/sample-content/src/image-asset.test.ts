import sharp from 'sharp'
import { describeImage, InvalidImageError } from './image-asset.mjs'

const square = (channels: 3 | 4) =>
  sharp({ create: { width: 8, height: 6, channels, background: { r: 200, g: 40, b: 40, alpha: 0.5 } } })
    .png()
    .toBuffer()

describe('describeImage', () => {
  it('says whether the image has an alpha channel, and draws a PNG placeholder when it does', async () => {
    const { asset } = await describeImage(await square(4), { filename: 'see-through.png' })
    expect(asset.metadata).toMatchObject({
      hasAlpha: true,
      isOpaque: false,
      lqip: expect.stringMatching(/^data:image\/png;/),
    })
    const opaque = await describeImage(await square(3))
    expect(opaque.asset.metadata).toMatchObject({ hasAlpha: false, isOpaque: true })
    expect(opaque.asset.metadata.dimensions).toMatchObject({ width: 8, height: 6, aspectRatio: 8 / 6 })
  })

  it('keeps a placeholder the caller already has', async () => {
    const { asset } = await describeImage(await square(3), { lqip: 'data:image/png;base64,AAAA' })
    expect(asset.metadata.lqip).toBe('data:image/png;base64,AAAA')
  })

  it('names the file that is not an image', async () => {
    const attempt = describeImage(Buffer.from('plain text'), { filename: 'notes.png' })
    await expect(attempt).rejects.toBeInstanceOf(InvalidImageError)
    await expect(attempt).rejects.toThrow('notes.png is not a readable image')
  })
})
