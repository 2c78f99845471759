/**
 * Audio, video and captions files, stored as images are (asset-store.ts): in the dataset's files/ folder beside
 * images/, or uploaded to Sanity as file assets.
 */
import path from 'node:path'
import { assetStore, datasetSave, sanitySave, type ImageStore, type ImageUploadClient } from './asset-store.ts'
import { describeFile, type DescribedFile } from './file-types.ts'

// The block checks the kind it holds (build/body-files.ts); the store takes any file the blog plays.
const describe = (bytes: Buffer, name: string) => Promise.resolve(describeFile(bytes, name))

/** `files/<sha1>.<ext>` beside `datasetFile`, each written durably before the dataset; a dry run writes nothing. */
export function datasetFileStore(
  datasetFile: string,
  options: { dryRun?: boolean; existingAssetIds?: Iterable<string> } = {},
): ImageStore {
  const filesDir = path.join(path.dirname(path.resolve(datasetFile)), 'files')
  return assetStore(describe, datasetSave<DescribedFile>(filesDir, options))
}

/** Uploaded to the Sanity project with `client.assets.upload('file', …)`, each content once per run. */
export function sanityFileStore(client: ImageUploadClient): ImageStore {
  return assetStore(describe, sanitySave<DescribedFile>(client, 'file'))
}
