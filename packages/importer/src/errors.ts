/** A problem with one input file: reported with the file name, and the import goes on with the next file. */
export class ImportError extends Error {
  override name = 'ImportError'
}
