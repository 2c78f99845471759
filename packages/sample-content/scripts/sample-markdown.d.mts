export declare class MarkupError extends Error {}
/** A block, callout, pull quote or image of stored Portable Text (the dataset tests check them with the zod schemas). */
export type StoredItem = { _type: string; _key: string; [field: string]: unknown }
export declare function markdownToPortableText(
  source: string,
  options: { where: string; key: (position: string) => string; image?: (name: string) => string; simple?: boolean },
): StoredItem[]
