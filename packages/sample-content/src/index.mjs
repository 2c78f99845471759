// Where the sample dataset is, for every workspace that reads it (tests, benchmarks, the system suites, the content
// check), and the seeded generator the tools that make test data share. Plain JavaScript, so Node scripts import it
// as it is; the types are in index.d.mts.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const SAMPLE_DATASET_DIR = fileURLToPath(new URL('../dataset', import.meta.url))
export const SAMPLE_DATASET = path.join(SAMPLE_DATASET_DIR, 'data.ndjson')
export const SAMPLE_IMAGES_DIR = path.join(SAMPLE_DATASET_DIR, 'images')

/** mulberry32: a small, fast seeded generator in [0, 1), so generated data (and a failure) reproduces. */
export function seededRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
