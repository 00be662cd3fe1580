import assert from 'node:assert/strict'
import { afterEach, test } from 'node:test'
import { isDev, isProductionBuild } from './run-mode'

const env = process.env.NODE_ENV
afterEach(() => {
  if (env === undefined) Reflect.deleteProperty(process.env, 'NODE_ENV')
  else Object.assign(process.env, { NODE_ENV: env })
})

const mode = (value: string | undefined) => {
  if (value === undefined) Reflect.deleteProperty(process.env, 'NODE_ENV')
  else Object.assign(process.env, { NODE_ENV: value })
  return { dev: isDev(), build: isProductionBuild() }
}

test('npm run dev is dev, not a production build', () => {
  assert.deepEqual(mode('development'), { dev: true, build: false })
})

test('next build is a production build, not dev', () => {
  assert.deepEqual(mode('production'), { dev: false, build: true })
})

test('NODE_ENV unset (unit tests, scripts) or "test" is neither', () => {
  assert.deepEqual(mode(undefined), { dev: false, build: false })
  assert.deepEqual(mode('test'), { dev: false, build: false })
})
