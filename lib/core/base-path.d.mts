/** BASE_PATH as the site uses it: "" or "/talks-site" (lib/core/base-path.mjs). */
export function normalizeBasePath(value: string | undefined): string
