import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { describeSiteAddress, PLACEHOLDER_SITE_URL, resolveSiteAddress, SiteAddressError, type Env } from './site-address'

/** The deployment the environment names, as a build with its address set sees it. */
const detectDeployment = (env: Env) => resolveSiteAddress({ SITE_URL: 'https://talks.ada.dev', ...env }).deployment

const refused = (env: Record<string, string>, message: RegExp) =>
  assert.throws(() => resolveSiteAddress(env), (error: unknown) => error instanceof SiteAddressError && message.test(error.message))

describe('resolveSiteAddress on your machine and in the test suite', () => {
  test('without SITE_URL the address is a placeholder that says so', () => {
    const address = resolveSiteAddress({})
    assert.equal(address.url, PLACEHOLDER_SITE_URL)
    assert.equal(address.source, 'placeholder')
    assert.match(PLACEHOLDER_SITE_URL, /not-set\.invalid$/)
  })

  test('CI running the tests is not a deployment, on GitHub Actions either', () => {
    assert.equal(resolveSiteAddress({ CI: 'true', GITHUB_ACTIONS: 'true' }).url, PLACEHOLDER_SITE_URL)
  })

  test('an empty SITE_URL (an unset workflow output) counts as unset', () => {
    assert.equal(resolveSiteAddress({ SITE_URL: '  ' }).source, 'placeholder')
  })

  test('SITE_URL is used without its trailing slash, BASE_PATH normalized', () => {
    assert.deepEqual(resolveSiteAddress({ SITE_URL: 'https://talks.example.com/', BASE_PATH: 'talks-site/' }), {
      url: 'https://talks.example.com',
      basePath: '/talks-site',
      source: 'SITE_URL',
      deployment: undefined,
    })
  })

  test('a malformed SITE_URL stops any build, naming the fix', () => {
    refused({ SITE_URL: 'talks.example.com' }, /SITE_URL must be the site's address/)
    refused({ SITE_URL: 'ftp://talks.example.com' }, /must start with https:\/\//)
    refused({ SITE_URL: 'https://talks.example.com/?a=1' }, /address only/)
    refused({ SITE_URL: 'https://user.github.io/talks-site/' }, /SITE_URL=https:\/\/user\.github\.io BASE_PATH=\/talks-site/)
  })
})

describe('a deployment', () => {
  test('nothing, CI, or GitHub Actions alone is no deployment', () => {
    for (const env of [{}, { CI: 'true' }, { GITHUB_ACTIONS: 'true', CI: 'true' }, { SITE_DEPLOY: '0' }]) {
      assert.equal(detectDeployment(env), undefined)
    }
  })

  test('the hosts are recognised from their own variables', () => {
    assert.match(detectDeployment({ NETLIFY: 'true', CONTEXT: 'deploy-preview' })?.by ?? '', /^Netlify/)
    assert.match(detectDeployment({ VERCEL: '1', VERCEL_ENV: 'production' })?.by ?? '', /^Vercel/)
    assert.match(detectDeployment({ CF_PAGES: '1' })?.by ?? '', /^Cloudflare Pages/)
    assert.match(detectDeployment({ SITE_DEPLOY: '1', GITHUB_ACTIONS: 'true' })?.by ?? '', /^GitHub Actions/)
    assert.match(detectDeployment({ SITE_DEPLOY: 'true' })?.by ?? '', /^SITE_DEPLOY=1/)
  })

  test("the hosts' local development servers are no deployment", () => {
    assert.equal(detectDeployment({ NETLIFY: 'true', CONTEXT: 'dev' }), undefined)
    assert.equal(detectDeployment({ VERCEL: '1', VERCEL_ENV: 'development' }), undefined)
  })

  test('SITE_DEPLOY=0 overrides a host', () => {
    assert.equal(detectDeployment({ NETLIFY: 'true', CONTEXT: 'production', SITE_DEPLOY: '0' }), undefined)
  })
})

describe('resolveSiteAddress on a deployment', () => {
  test('without SITE_URL the build is refused with how to set it', () => {
    refused({ SITE_DEPLOY: '1' }, /SITE_URL is not set, and this build publishes the site \(SITE_DEPLOY=1\)/)
    refused({ SITE_DEPLOY: '1' }, /SITE_URL=https:\/\/talks\.example\.com SITE_DEPLOY=1 npm run build/)
    refused({ SITE_DEPLOY: '1', GITHUB_ACTIONS: 'true' }, /Settings -> Pages/)
    refused({ CF_PAGES: '1', CF_PAGES_URL: 'https://abc123.talks.pages.dev' }, /Variables and Secrets/)
    refused({ VERCEL: '1', VERCEL_ENV: 'preview' }, /Project Settings -> Environment Variables/)
  })

  test('SITE_URL wins over the address a host gives', () => {
    const address = resolveSiteAddress({ NETLIFY: 'true', CONTEXT: 'production', URL: 'https://talks.netlify.app', SITE_URL: 'https://talks.jacob.dev' })
    assert.equal(address.url, 'https://talks.jacob.dev')
    assert.equal(address.source, 'SITE_URL')
  })

  test("Netlify's URL and Vercel's production domain are used when SITE_URL is not set", () => {
    assert.equal(resolveSiteAddress({ NETLIFY: 'true', CONTEXT: 'production', URL: 'https://talks.netlify.app' }).url, 'https://talks.netlify.app')
    const vercel = resolveSiteAddress({ VERCEL: '1', VERCEL_ENV: 'production', VERCEL_PROJECT_PRODUCTION_URL: 'talks.vercel.app' })
    assert.equal(vercel.url, 'https://talks.vercel.app')
    assert.match(vercel.source, /VERCEL_PROJECT_PRODUCTION_URL/)
  })

  test("Cloudflare's CF_PAGES_URL, one deployment's address, is not taken for the site's", () => {
    refused({ CF_PAGES: '1', CF_PAGES_URL: 'https://abc123.talks.pages.dev' }, /SITE_URL is not set/)
  })

  test('an example or local address is not a real SITE_URL for a deployment', () => {
    for (const url of ['https://example.com', 'https://talks.example.org', 'http://localhost:3000', 'http://127.0.0.1:4173', PLACEHOLDER_SITE_URL]) {
      refused({ SITE_DEPLOY: '1', SITE_URL: url }, /not a public address/)
    }
    // ...but is fine on your machine, e.g. to preview the share slide's QR code.
    assert.equal(resolveSiteAddress({ SITE_URL: 'http://localhost:3000' }).url, 'http://localhost:3000')
  })
})

describe('describeSiteAddress', () => {
  test('the placeholder is reported as one, with how to set SITE_URL', () => {
    const line = describeSiteAddress(resolveSiteAddress({})).join('\n')
    assert.match(line, /PLACEHOLDER/)
    assert.match(line, /SITE_URL=https:\/\/talks\.example\.com npm run build/)
  })

  test('a real address is reported with where it came from', () => {
    const env = { SITE_URL: 'https://user.github.io', BASE_PATH: '/talks-site/', SITE_DEPLOY: '1', GITHUB_ACTIONS: 'true' }
    assert.deepEqual(describeSiteAddress(resolveSiteAddress(env)), ['site address: https://user.github.io/talks-site/ (from SITE_URL; a deployment: GitHub Actions (SITE_DEPLOY=1))'])
  })
})
