import 'server-only'
import type { AddressBook } from '@blog/content'
import { onTagsExpired } from '@/cache/tag-events.mjs'
import { content } from './content-source'
import { env } from './env'

/**
 * The address book of this process (which slugs, old slugs, old addresses and list pages exist), read straight from
 * the source in one query and kept until something changes: the webhook (lib/revalidate.ts) and, with several
 * instances, a tag expired on another one (cache/tag-events.mjs) have it read again at once, and so does a change of
 * the embedded dataset file (looked at once a second at most); otherwise it lasts CONTENT_REVALIDATE_SECONDS, or until
 * the next scheduled article goes live (lib/schedule.ts hears of each book, to refresh the pages then). The proxy asks
 * it about every URL (proxy.ts), so a made-up one is answered without a render; the cached reads ask it how long to
 * keep an answer (lib/slug-gate.ts, lib/content.ts).
 */

/** While the source fails, the last book answers and a new read is tried this often. */
const RETRY_MS = 5_000
/** How often the source's version token (the dataset file's mtime and size) is looked at. */
const VERSION_CHECK_MS = 1_000

type Entry = { book: Promise<AddressBook>; expires: number; version: string | null; checked: number }
// Shared by every bundle of the process (the proxy's and the routes'), like the content instance.
const key = Symbol.for('@blog/web/addresses')
const store = globalThis as typeof globalThis & {
  [key]?: {
    entry?: Entry
    last?: AddressBook
    unsubscribe?: () => void
    reads?: number
    listeners?: Set<(book: AddressBook) => void>
  }
}
const state = (store[key] ??= {})
// Every tag the webhook expires comes from an edit, which may add, rename or remove an address: rare, so any will do.
state.unsubscribe ??= onTagsExpired(() => void refreshAddresses())

/** The current address book; the last one read while the source fails; null when none could be read yet. */
export async function addressBook(): Promise<AddressBook | null> {
  const now = Date.now()
  const entry = state.entry
  if (entry && now - entry.checked >= VERSION_CHECK_MS) {
    entry.checked = now
    if (content.sourceVersion() !== entry.version) entry.expires = 0
  }
  if (!entry || now >= entry.expires) state.entry = read(now)
  try {
    return await state.entry!.book
  } catch {
    return state.last ?? null
  }
}

/**
 * Reads the book again now, so what an edit changed answers at once and no request waits for the read; resolves once
 * the new book is in place (or the read failed, and the last one still answers).
 */
export async function refreshAddresses(): Promise<void> {
  // A failed read is logged by read(), and the last book keeps answering.
  await readAddressesNow().catch(() => undefined)
}

/**
 * Reads the book again now and answers it, or fails if the source does: for a caller that must not act on an old one
 * (lib/schedule.ts, working out what went live).
 */
export async function readAddressesNow(): Promise<AddressBook> {
  if (state.entry) state.entry.expires = 0
  await addressBook()
  return state.entry!.book
}

/** Calls `listener` with every book read from now on (lib/schedule.ts sets its timer from it). */
export function onAddressBook(listener: (book: AddressBook) => void): () => void {
  const listeners = (state.listeners ??= new Set())
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** For /api/health: how often this process has read the book (a test proves another instance's webhook reached it). */
export function addressBookReads(): number {
  return state.reads ?? 0
}

function read(now: number): Entry {
  state.reads = (state.reads ?? 0) + 1
  // The version before the read: a change during the read is seen at the next check.
  const version = content.sourceVersion()
  const entry: Entry = {
    book: content.getAddressBook(),
    expires: now + env.revalidateSeconds * 1000,
    version,
    checked: now,
  }
  entry.book.then(
    (book) => {
      state.last = book
      if (book.nextPublishedAt !== null && book.nextPublishedAt > now)
        entry.expires = Math.min(entry.expires, book.nextPublishedAt)
      for (const listener of state.listeners ?? []) listener(book)
    },
    (error: Error) => {
      console.error(
        `[addresses] could not read the address book (${error.message}); ${state.last ? 'answering from the last one' : 'letting every URL through to its page'}`,
      )
      entry.expires = Math.min(entry.expires, Date.now() + RETRY_MS)
    },
  )
  return entry
}
