import { disableDraftMode } from '@/lib/draft-mode'

export function GET(request: Request) {
  return disableDraftMode(request)
}
