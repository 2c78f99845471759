export function redisUrl(env?: Record<string, string | undefined>): string | undefined
