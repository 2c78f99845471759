import { handleScheduledSweep } from '@/lib/schedule'

/** Sent by the server to itself when a scheduled article goes live (lib/schedule.ts); anyone else gets 401. */
export async function POST(request: Request) {
  return handleScheduledSweep(request)
}
