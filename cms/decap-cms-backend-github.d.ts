// decap-cms-backend-github ships no types: the part of its GitHub backend that
// cms/github-token-backend.tsx extends (decap-cms-backend-github/src/implementation.tsx).
declare module 'decap-cms-backend-github' {
  import type { ComponentType } from 'react'

  export type GitHubCredentials = { token?: string; [key: string]: unknown }

  export class GitHubBackend {
    constructor(config: unknown, options?: unknown)
    /** config.backend.api_root, else https://api.github.com. */
    apiRoot: string
    /** The sign-in page; Decap renders it with props of its own. */
    authComponent(): ComponentType<never>
    /** Checks the token against the API and returns the user Decap stores (token included). */
    authenticate(credentials: GitHubCredentials): Promise<Record<string, unknown>>
  }
}
