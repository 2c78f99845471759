/** The sample dataset's folder: data.ndjson and images/ (absolute path). */
export declare const SAMPLE_DATASET_DIR: string
/** The sample dataset in Sanity's export format: one document per line (absolute path). Rebuild it with `npm run build:dataset -w @blog/sample-content`. */
export declare const SAMPLE_DATASET: string
/** The image files the sample dataset references (served by the web app as `/media/<file>`). */
export declare const SAMPLE_IMAGES_DIR: string
/** mulberry32: a seeded generator of numbers in [0, 1); the same seed gives the same sequence. */
export declare function seededRandom(seed: number): () => number
