/** BASE_PATH as the site uses it: "" or "/talks-site" (lib/base-path.mjs). */
export function normalizeBasePath(value: string | undefined): string
