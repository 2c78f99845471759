/**
 * At server start, the address book is read ahead (lib/addresses.ts), not on the first request: the proxy asks it
 * about every URL, and a cached page then never waits for a content query. Not awaited: a source that is down at start
 * must not keep the server from answering (the proxy then lets pages decide until it can be read).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { addressBook } = await import('./lib/addresses')
  void addressBook()
}
