import path from 'node:path'
import { describeImage, type DescribedImage } from '@blog/local-lake/assets'
import { assetStore, datasetSave, sanitySave, type ImageStore, type ImageUploadClient } from './asset-store.ts'

export type { ImageStore, ImageUploadClient, StoredImage } from './asset-store.ts'

const describeImageNamed = (bytes: Buffer, name: string) => describeImage(bytes, { filename: name })

/**
 * Images for an NDJSON dataset: `images/<sha1>-<w>x<h>.<ext>` beside `datasetFile` (the blog serves that folder under
 * /media), each written durably when added, so before the dataset that refers to it. `assets` holds the new
 * `sanity.imageAsset` documents to append to the dataset; `existingAssetIds` are those it has already, which are not
 * made again (their file is written only if it is missing). A dry run reads and describes, and writes nothing.
 */
export function datasetImageStore(
  datasetFile: string,
  options: { dryRun?: boolean; existingAssetIds?: Iterable<string> } = {},
): ImageStore {
  const imagesDir = path.join(path.dirname(path.resolve(datasetFile)), 'images')
  return assetStore(describeImageNamed, datasetSave<DescribedImage>(imagesDir, options))
}

/**
 * Images uploaded to the Sanity project with `client.assets.upload`. The Content Lake keeps one asset per content
 * anyway; the store also sends each content only once per run. A file Sanity refuses gives its reason; other errors
 * (authorisation, network) are thrown, as they would fail every upload.
 */
export function sanityImageStore(client: ImageUploadClient): ImageStore {
  return assetStore(describeImageNamed, sanitySave<DescribedImage>(client, 'image'))
}
