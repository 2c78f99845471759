import { handleRevalidate } from '@/lib/revalidate'

/** Sanity GROQ webhook (see the README for the filter and projection to paste into Sanity). */
export async function POST(request: Request) {
  return handleRevalidate(request)
}
