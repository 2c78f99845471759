/**
 * At server start, the address book is read ahead (lib/addresses.ts), not on the first request: the proxy asks it
 * about every URL, and a cached page then never waits for a content query. Not awaited: a source that is down at start
 * must not keep the server from answering (the proxy then lets pages decide until it can be read). The timer of
 * scheduled articles (lib/schedule.ts) starts with it, in a server only: a build answers no request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ addressBook }, { startSchedule }] = await Promise.all([import('./lib/addresses'), import('./lib/schedule')])
  if (process.env.NEXT_PHASE !== 'phase-production-build') startSchedule()
  void addressBook()
}
