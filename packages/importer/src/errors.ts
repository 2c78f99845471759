/** A problem with one input file: reported with the file name, and the import goes on with the next file. */
export class ImportError extends Error {
  override name = 'ImportError'
}

/** An item left out on purpose (a draft, a page): reported with the reason, not counted as a failure. */
export class SkipItem extends Error {
  override name = 'SkipItem'
}
