/**
 * The sample dataset in Sanity's export format, relative to this package's root: one document per line, with the
 * image files it references in `dataset/images/` (served by the web app as `/media/<file>`).
 * Rebuild it with `npm run build:dataset`.
 */
export const SAMPLE_DATASET_FILE = 'dataset/data.ndjson'
