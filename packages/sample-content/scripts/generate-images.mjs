// Draws the sample dataset's artwork. Everything is derived from the image name, so a rerun yields identical bytes
// and identical asset ids; no photos means no licences to track.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { downscale, encodePng } from './png.mjs'
import { seededRandom } from '../src/index.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
export const IMAGES_DIR = path.resolve(HERE, '../dataset/images')
const LQIP_WIDTH = 20

/** Named palettes: the names end up in the alt text, so they describe what a reader would see. */
const PALETTES = {
  dawn: {
    words: 'coral and peach',
    sky: ['#f7c59f', '#ef8354'],
    ground: '#2d3142',
    track: '#c0392b',
    accent: '#fff4e0',
    line: '#ffffff',
  },
  harbour: {
    words: 'navy and teal',
    sky: ['#0b3954', '#087e8b'],
    ground: '#0b2233',
    track: '#e76f51',
    accent: '#bfd7ea',
    line: '#f4f1de',
  },
  meadow: {
    words: 'green and lemon',
    sky: ['#e9f5db', '#b5c99a'],
    ground: '#3a5a40',
    track: '#d4a373',
    accent: '#f6e05e',
    line: '#ffffff',
  },
  dusk: {
    words: 'violet and rose',
    sky: ['#3d2c8d', '#c84b96'],
    ground: '#1c0c3f',
    track: '#f08a5d',
    accent: '#ffd369',
    line: '#f9f7f7',
  },
  slate: {
    words: 'grey and mint',
    sky: ['#d8e2dc', '#9db4c0'],
    ground: '#253237',
    track: '#5c6b73',
    accent: '#80ed99',
    line: '#ffffff',
  },
  ember: {
    words: 'rust and sand',
    sky: ['#f4e1c1', '#e09f3e'],
    ground: '#540b0e',
    track: '#9e2a2b',
    accent: '#fff3b0',
    line: '#fff8ee',
  },
  glacier: {
    words: 'ice blue and white',
    sky: ['#f1faff', '#a8dadc'],
    ground: '#1d3557',
    track: '#457b9d',
    accent: '#e63946',
    line: '#ffffff',
  },
  forest: {
    words: 'pine and moss',
    sky: ['#cad2c5', '#84a98c'],
    ground: '#2f3e46',
    track: '#bc6c25',
    accent: '#fefae0',
    line: '#fefae0',
  },
  citrus: {
    words: 'orange and yellow',
    sky: ['#ffe066', '#f77f00'],
    ground: '#003049',
    track: '#d62828',
    accent: '#fcbf49',
    line: '#ffffff',
  },
  plum: {
    words: 'plum and blush',
    sky: ['#f6e1e1', '#e3a6c4'],
    ground: '#4a154b',
    track: '#a23b72',
    accent: '#f18f01',
    line: '#ffffff',
  },
  ocean: {
    words: 'deep blue and aqua',
    sky: ['#caf0f8', '#48cae4'],
    ground: '#03045e',
    track: '#0077b6',
    accent: '#ffb703',
    line: '#ffffff',
  },
  clay: {
    words: 'terracotta and cream',
    sky: ['#fdf0d5', '#e4b363'],
    ground: '#3d405b',
    track: '#e07a5f',
    accent: '#81b29a',
    line: '#ffffff',
  },
  night: {
    words: 'midnight blue and gold',
    sky: ['#0d1b2a', '#1b263b'],
    ground: '#000814',
    track: '#415a77',
    accent: '#ffc300',
    line: '#e0e1dd',
  },
}

function hex(color) {
  const n = Number.parseInt(color.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

function mix(a, b, t) {
  return [0, 1, 2].map((i) => Math.round(a[i] + (b[i] - a[i]) * t))
}

/** Positions vary per image but never between runs: the generator is seeded from the image's name. */
function rng(name) {
  return seededRandom(createHash('sha1').update(name).digest().readUInt32BE(0))
}

class Canvas {
  constructor(width, height) {
    this.width = width
    this.height = height
    this.rgb = new Uint8Array(width * height * 3)
  }

  set(x, y, c) {
    const i = (y * this.width + x) * 3
    this.rgb[i] = c[0]
    this.rgb[i + 1] = c[1]
    this.rgb[i + 2] = c[2]
  }

  rect(x0, y0, x1, y1, c) {
    const xa = Math.max(0, Math.round(x0))
    const xb = Math.min(this.width, Math.round(x1))
    for (let y = Math.max(0, Math.round(y0)); y < Math.min(this.height, Math.round(y1)); y++) {
      for (let x = xa; x < xb; x++) this.set(x, y, c)
    }
  }

  /** A stepped vertical gradient: a few flat bands instead of a smooth ramp, because flat rows deflate to almost nothing. */
  bands(top, bottom, steps, y0 = 0, y1 = this.height) {
    for (let s = 0; s < steps; s++) {
      const c = mix(top, bottom, steps === 1 ? 0 : s / (steps - 1))
      this.rect(0, y0 + ((y1 - y0) * s) / steps, this.width, y0 + ((y1 - y0) * (s + 1)) / steps, c)
    }
  }

  /** Filled ring between two radii, optionally limited to an angle range (radians, y pointing down). */
  ring(cx, cy, inner, outer, c, from = -Math.PI, to = Math.PI) {
    const full = to - from >= 2 * Math.PI - 1e-9
    for (let y = Math.max(0, Math.floor(cy - outer)); y < Math.min(this.height, Math.ceil(cy + outer)); y++) {
      for (let x = Math.max(0, Math.floor(cx - outer)); x < Math.min(this.width, Math.ceil(cx + outer)); x++) {
        const d2 = (x - cx) ** 2 + (y - cy) ** 2
        if (d2 > outer * outer || d2 < inner * inner) continue
        if (!full) {
          const a = Math.atan2(y - cy, x - cx)
          if (a < from || a > to) continue
        }
        this.set(x, y, c)
      }
    }
  }

  circle(cx, cy, r, c) {
    this.ring(cx, cy, 0, r, c)
  }

  /** Diagonal stripes inside a rectangle. */
  stripes(x0, y0, x1, y1, period, width, c) {
    for (let y = Math.max(0, y0); y < Math.min(this.height, y1); y++) {
      for (let x = Math.max(0, x0); x < Math.min(this.width, x1); x++) {
        if ((((x + y) % period) + period) % period < width) this.set(x, y, c)
      }
    }
  }

  /** A running-track bend: a wide ring with lane lines, centred anywhere (often off-canvas). */
  track(cx, cy, inner, lanes, laneWidth, surface, line, from, to) {
    const outer = inner + lanes * laneWidth
    this.ring(cx, cy, inner, outer, surface, from, to)
    for (let l = 0; l <= lanes; l++) {
      const r = inner + l * laneWidth
      this.ring(cx, cy, r - 2, r + 2, line, from, to)
    }
  }
}

function cover(name, palette, layout, width = 1200, height = 675) {
  const p = PALETTES[palette]
  const random = rng(name)
  const c = new Canvas(width, height)
  const [skyTop, skyBottom] = p.sky.map(hex)
  const ground = hex(p.ground)
  const track = hex(p.track)
  const accent = hex(p.accent)
  const line = hex(p.line)
  if (layout === 'bend') {
    c.bands(skyTop, skyBottom, 6)
    c.circle(820 + random() * 200, 150 + random() * 60, 90, accent)
    c.rect(0, 470, 1200, 675, ground)
    c.track(-80, 1150, 520, 6, 46, track, line, -Math.PI / 2, 0)
    return { c, alt: `a ${p.words} sky with a round sun above the bend of a running track with white lane lines` }
  }
  if (layout === 'stripes') {
    c.bands(skyTop, skyBottom, 4)
    c.stripes(0, 0, 560, 675, 60, 24, accent)
    c.circle(820, 340, 210, ground)
    c.ring(820, 340, 150, 175, track)
    return { c, alt: `diagonal ${p.words} stripes beside a large dark circle ringed in a single bright band` }
  }
  if (layout === 'target') {
    c.bands(skyTop, skyBottom, 5)
    const cx = 300 + random() * 600
    for (let i = 0; i < 6; i++) c.circle(cx, 360, 320 - i * 50, i % 2 === 0 ? ground : track)
    c.circle(cx, 360, 40, accent)
    return { c, alt: `concentric ${p.words} rings like a target over banded colour, with a bright dot at the centre` }
  }
  if (layout === 'hills') {
    c.bands(skyTop, skyBottom, 5, 0, 420)
    c.circle(200 + random() * 100, 430, 260, mix(skyBottom, ground, 0.5))
    c.circle(760 + random() * 120, 470, 340, mix(skyBottom, ground, 0.75))
    c.rect(0, 520, 1200, 675, ground)
    for (let i = 0; i < 7; i++) c.circle(120 + i * 160, 600, 10 + i * 3, accent)
    return { c, alt: `rolling ${p.words} hills with a row of growing dots along a dark road` }
  }
  if (layout === 'oval') {
    // Proportional so the same layout also serves the smaller inline image.
    const { width: w, height: h } = c
    const cy = Math.round(h / 2)
    const left = Math.round(w * 0.32)
    const right = Math.round(w * 0.68)
    const inner = Math.round(h * 0.22)
    const lane = Math.round(h * 0.045)
    const infield = hex(p.sky[1])
    c.rect(0, 0, w, h, ground)
    c.track(left, cy, inner, 5, lane, track, line, Math.PI / 2, Math.PI)
    c.track(left, cy, inner, 5, lane, track, line, -Math.PI, -Math.PI / 2)
    c.track(right, cy, inner, 5, lane, track, line, -Math.PI / 2, Math.PI / 2)
    c.rect(left, cy - inner - 5 * lane, right, cy - inner, track)
    c.rect(left, cy + inner, right, cy + inner + 5 * lane, track)
    for (let l = 0; l <= 5; l++) {
      c.rect(left, cy - inner - l * lane - 2, right, cy - inner - l * lane + 2, line)
      c.rect(left, cy + inner + l * lane - 2, right, cy + inner + l * lane + 2, line)
    }
    c.rect(left, cy - inner + 2, right, cy + inner - 2, infield)
    c.circle(left, cy, inner - 2, infield)
    c.circle(right, cy, inner - 2, infield)
    return { c, alt: `a running track seen from above, ${p.words} lanes around a plain infield on a dark ground` }
  }
  throw new Error(`unknown cover layout ${layout}`)
}

function portrait(name, palette) {
  const p = PALETTES[palette]
  const c = new Canvas(600, 600)
  c.bands(hex(p.sky[0]), hex(p.sky[1]), 4)
  c.circle(300, 260, 210, hex(p.accent))
  c.circle(300, 660, 230, hex(p.ground))
  c.circle(300, 250, 110, hex(p.track))
  return { c, alt: `a ${p.words} head-and-shoulders silhouette in front of a round halo` }
}

function bookCover(name, palette) {
  const p = PALETTES[palette]
  const random = rng(name)
  const c = new Canvas(600, 900)
  const ground = hex(p.ground)
  c.rect(0, 0, 600, 900, ground)
  c.rect(40, 60, 560, 230, hex(p.sky[0]))
  for (let i = 0; i < 3; i++) c.rect(80, 100 + i * 40, 80 + 280 + random() * 120, 118 + i * 40, ground)
  c.track(300, 900, 200, 5, 34, hex(p.track), hex(p.line), -Math.PI, 0)
  c.circle(300, 900, 120, hex(p.accent))
  c.rect(40, 320, 560, 330, hex(p.line))
  return {
    c,
    alt: `a ${p.words} book cover with a pale title panel and a half-circle running track rising from the bottom edge`,
  }
}

function inlineSteps(name, palette) {
  const p = PALETTES[palette]
  const c = new Canvas(1000, 600)
  c.rect(0, 0, 1000, 600, hex(p.sky[0]))
  c.rect(60, 520, 940, 526, hex(p.ground))
  for (let i = 0; i < 7; i++) {
    const height = 50 + i * 60
    c.rect(90 + i * 122, 520 - height, 90 + i * 122 + 90, 520, i === 6 ? hex(p.accent) : hex(p.track))
  }
  return {
    c,
    alt: 'seven bars rising in even steps from left to right, the last one highlighted, like a gradual return to full training',
  }
}

function inlineRoller(name, palette) {
  const p = PALETTES[palette]
  const c = new Canvas(1000, 600)
  c.rect(0, 0, 1000, 600, hex(p.sky[0]))
  c.rect(0, 420, 1000, 600, hex(p.ground))
  c.rect(200, 220, 800, 400, hex(p.track))
  c.stripes(200, 220, 800, 400, 50, 14, hex(p.accent))
  c.circle(800, 310, 90, hex(p.sky[1]))
  c.circle(800, 310, 40, hex(p.line))
  return { c, alt: 'a striped foam roller held above a dark floor, one round end facing the viewer' }
}

/** Every image the dataset uses, by the name content files refer to. */
export const IMAGE_SPECS = [
  ['cover-01', () => cover('cover-01', 'clay', 'stripes')],
  ['cover-02', () => cover('cover-02', 'meadow', 'hills')],
  ['cover-03', () => cover('cover-03', 'plum', 'target')],
  ['cover-04', () => cover('cover-04', 'glacier', 'bend')],
  ['cover-05', () => cover('cover-05', 'citrus', 'hills')],
  ['cover-06', () => cover('cover-06', 'ember', 'bend')],
  ['cover-07', () => cover('cover-07', 'harbour', 'oval')],
  ['cover-08', () => cover('cover-08', 'dawn', 'bend')],
  ['cover-09', () => cover('cover-09', 'forest', 'stripes')],
  ['cover-10', () => cover('cover-10', 'dusk', 'target')],
  ['cover-11', () => cover('cover-11', 'slate', 'oval')],
  ['cover-12', () => cover('cover-12', 'ocean', 'hills')],
  ['cover-scheduled', () => cover('cover-scheduled', 'night', 'bend')],
  ['author-dana-whitfield', () => portrait('author-dana-whitfield', 'citrus')],
  ['author-priya-raman', () => portrait('author-priya-raman', 'plum')],
  ['author-tomas-lindqvist', () => portrait('author-tomas-lindqvist', 'harbour')],
  ['book-small-steps-long-roads', () => bookCover('book-small-steps-long-roads', 'dawn')],
  ['book-hands-on-recovery', () => bookCover('book-hands-on-recovery', 'ocean')],
  ['book-the-patient-runner', () => bookCover('book-the-patient-runner', 'forest')],
  ['book-the-recovery-kitchen', () => bookCover('book-the-recovery-kitchen', 'ember')],
  ['inline-1', () => inlineSteps('inline-1', 'slate')],
  ['inline-2', () => inlineRoller('inline-2', 'clay')],
  ['inline-3', () => cover('inline-3', 'meadow', 'oval', 1000, 600)],
]

/**
 * Renders every image in memory.
 * @returns {Array<{name: string, width: number, height: number, bytes: Buffer, sha1: string, fileName: string, assetId: string, lqip: string, alt: string}>}
 */
export function renderImages() {
  return IMAGE_SPECS.map(([name, draw]) => {
    const { c, alt } = draw()
    const bytes = encodePng(c.width, c.height, c.rgb)
    const sha1 = createHash('sha1').update(bytes).digest('hex')
    const small = downscale(c.width, c.height, c.rgb, LQIP_WIDTH)
    const lqip = `data:image/png;base64,${encodePng(small.width, small.height, small.rgb).toString('base64')}`
    const fileName = `${sha1}-${c.width}x${c.height}.png`
    return {
      name,
      width: c.width,
      height: c.height,
      bytes,
      sha1,
      fileName,
      assetId: `image-${sha1}-${c.width}x${c.height}-png`,
      lqip,
      alt: `Abstract artwork: ${alt}`,
    }
  })
}

/** Renders and writes the images, removing files left over from earlier artwork. */
export function writeImages(dir = IMAGES_DIR) {
  const images = renderImages()
  mkdirSync(dir, { recursive: true })
  const keep = new Set(images.map((image) => image.fileName))
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.png') && !keep.has(file)) rmSync(path.join(dir, file))
  }
  for (const image of images) writeFileSync(path.join(dir, image.fileName), image.bytes)
  return images
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const images = writeImages()
  const total = images.reduce((sum, image) => sum + image.bytes.length, 0)
  for (const image of images) console.log(`${image.name.padEnd(30)} ${image.fileName} ${image.bytes.length} bytes`)
  console.log(`${images.length} images, ${total} bytes in ${path.relative(process.cwd(), IMAGES_DIR)}`)
}
