export function redisAtRunTime(env?: Record<string, string | undefined>): boolean
