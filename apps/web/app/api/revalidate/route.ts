import { handleRevalidate } from '@/lib/revalidate'

/** Sanity GROQ webhook (see apps/web/README.md for the filter and projection to paste into Sanity). */
export async function POST(request: Request) {
  return handleRevalidate(request)
}
