export function buildConfig(_a: unknown): unknown { return {}; }
