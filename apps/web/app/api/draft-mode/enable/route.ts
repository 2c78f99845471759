import { enableDraftMode } from '@/lib/draft-mode'

export function GET(request: Request) {
  return enableDraftMode(request)
}
