// A minimal PNG writer (8-bit RGB, filter 0) so the sample artwork needs no image library.
import { deflateSync } from 'node:zlib'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 as the PNG spec defines it (same polynomial as zip). */
export function crc32(bytes) {
  let c = 0xffffffff
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const typeBytes = Buffer.from(type, 'ascii')
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  typeBytes.copy(out, 4)
  data.copy(out, 8)
  out.writeUInt32BE(crc32(Buffer.concat([typeBytes, data])), 8 + data.length)
  return out
}

/**
 * Encodes an RGB pixel buffer (width * height * 3 bytes, rows top to bottom) as a PNG file.
 * @param {number} width
 * @param {number} height
 * @param {Uint8Array} rgb
 * @returns {Buffer}
 */
export function encodePng(width, height, rgb) {
  if (rgb.length !== width * height * 3) throw new Error(`expected ${width * height * 3} bytes, got ${rgb.length}`)
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // colour type: truecolour
  ihdr[10] = 0 // compression
  ihdr[11] = 0 // filter method
  ihdr[12] = 0 // no interlace
  const stride = width * 3
  // Each scanline starts with its filter byte; 0 (none) keeps the encoder trivial and flat art still deflates well.
  const raw = Buffer.alloc((stride + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0
    Buffer.from(rgb.buffer, rgb.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1)
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/**
 * Box-filters an RGB buffer down to `targetWidth` pixels wide, keeping the aspect ratio.
 * @returns {{ width: number, height: number, rgb: Uint8Array }}
 */
export function downscale(width, height, rgb, targetWidth) {
  const targetHeight = Math.max(1, Math.round((height * targetWidth) / width))
  const out = new Uint8Array(targetWidth * targetHeight * 3)
  for (let ty = 0; ty < targetHeight; ty++) {
    const y0 = Math.floor((ty * height) / targetHeight)
    const y1 = Math.max(y0 + 1, Math.floor(((ty + 1) * height) / targetHeight))
    for (let tx = 0; tx < targetWidth; tx++) {
      const x0 = Math.floor((tx * width) / targetWidth)
      const x1 = Math.max(x0 + 1, Math.floor(((tx + 1) * width) / targetWidth))
      const sum = [0, 0, 0]
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
          const i = (y * width + x) * 3
          sum[0] += rgb[i]
          sum[1] += rgb[i + 1]
          sum[2] += rgb[i + 2]
        }
      }
      const count = (y1 - y0) * (x1 - x0)
      const o = (ty * targetWidth + tx) * 3
      out[o] = Math.round(sum[0] / count)
      out[o + 1] = Math.round(sum[1] / count)
      out[o + 2] = Math.round(sum[2] / count)
    }
  }
  return { width: targetWidth, height: targetHeight, rgb: out }
}

/** Reads width and height from a PNG's IHDR chunk. */
export function readPngSize(bytes) {
  if (!Buffer.from(bytes.subarray(0, 8)).equals(SIGNATURE)) throw new Error('not a PNG file')
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) }
}
