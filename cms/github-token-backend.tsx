/**
 * Signing in to GitHub with a personal access token, so that /admin/ works on a static host with
 * no OAuth service: GitHub's OAuth token exchange (github.com/login/oauth/access_token) sends no
 * CORS headers and wants the app's client secret, so a page alone cannot finish an OAuth sign-in.
 * The backend is Decap's own GitHub backend (every read and save is its code); only its sign-in
 * page differs. Decap stores the user it returns, token included, as it stores an OAuth sign-in
 * (local storage, removed by "Log out"), and restores it on the next visit.
 */
import { useState, type CSSProperties, type FormEvent } from 'react'
import { GitHubBackend, type GitHubCredentials } from 'decap-cms-backend-github'

/** The props Decap gives a backend's sign-in page (decap-cms-core's App). */
type SignInProps = {
  onLogin: (credentials: { token: string }) => void
  inProgress?: boolean
  /** The last sign-in's failure, as Decap keeps it ("Error: ..."). */
  error?: string
  config: { backend: { repo?: string } }
}

/**
 * GitHub's page for a new fine-grained token, filled in: the repository's owner, a name, 90 days,
 * and the one permission the editor needs (Contents: read and write; GitHub adds Metadata: read).
 * GitHub's link cannot pick the repository itself: the speaker chooses it under "Repository access".
 */
function tokenPageUrl(repo: string): string {
  const [owner = ''] = repo.split('/')
  const params = new URLSearchParams({
    name: `Content editor: ${repo}`,
    description: `Edits ${repo} from its /admin/ page`,
    target_name: owner,
    expires_in: '90',
    contents: 'write',
  })
  return `https://github.com/settings/personal-access-tokens/new?${params}`
}

const page: CSSProperties = { maxWidth: '28rem', margin: '0 auto', padding: '2rem 1rem', fontFamily: 'system-ui, sans-serif', lineHeight: 1.5, color: '#1e2532' }
const input: CSSProperties = { display: 'block', width: '100%', boxSizing: 'border-box', margin: '0.25rem 0 1rem', padding: '0.6rem', fontSize: '1rem', border: '1px solid #8b8f9a', borderRadius: '4px' }
// Decap's global styles make links a faint grey.
const link: CSSProperties = { color: '#2a55a8', textDecoration: 'underline' }
const button: CSSProperties = { padding: '0.6rem 1.2rem', fontSize: '1rem', border: 0, borderRadius: '4px', background: '#3a69c7', color: '#fff' }

function TokenSignIn({ onLogin, inProgress, error, config }: SignInProps) {
  const repo = config.backend.repo ?? ''
  const [token, setToken] = useState('')
  // Decap leaves inProgress on after a failed sign-in (its auth reducer clears it only on success),
  // so a page that trusted it would stay disabled: after an error, the form is free again.
  const busy = inProgress && !error
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (token.trim()) onLogin({ token: token.trim() })
  }
  return (
    <main style={page}>
      <h1 style={{ fontSize: '1.5rem' }}>Sign in to edit {repo}</h1>
      <p>
        Paste a GitHub <strong>fine-grained personal access token</strong> for <code>{repo}</code> with one permission,{' '}
        <strong>Contents: Read and write</strong>. It lets this editor read the repository&apos;s files and commit to it,
        and nothing else: no other repository, no settings, no issues.
      </p>
      <p>
        <a href={tokenPageUrl(repo)} target="_blank" rel="noreferrer" style={link}>
          Create the token on GitHub
        </a>{' '}
        (filled in; under <em>Repository access</em> choose <em>Only select repositories</em> and <code>{repo}</code>).
        It stays in this browser, sent only to GitHub, until you log out.
      </p>
      <form onSubmit={submit}>
        <label htmlFor="github-token">Personal access token</label>
        <input
          id="github-token"
          style={input}
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="github_pat_…"
          value={token}
          onChange={(event) => setToken(event.target.value)}
        />
        {error ? (
          <p role="alert" style={{ color: '#b3261e' }}>
            {error.replace(/^Error: /, '')}
          </p>
        ) : null}
        <button type="submit" style={button} disabled={busy || !token.trim()}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  )
}

export class GitHubTokenBackend extends GitHubBackend {
  authComponent() {
    return TokenSignIn
  }

  /**
   * A token GitHub refuses is said so: Decap's own check would report it as "Repo not found", since
   * it reads the user without looking at the answer's status.
   */
  async authenticate(credentials: GitHubCredentials) {
    const response = await fetch(`${this.apiRoot}/user`, { headers: { Authorization: `token ${credentials.token ?? ''}` } })
    if (response.status === 401) throw new Error('GitHub refused this token: it is mistyped, expired or revoked.')
    return super.authenticate(credentials)
  }
}
