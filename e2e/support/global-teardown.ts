import { removeSharedBasePathBuild } from './fixture-builds'

/** Runs in the test runner once every spec is done: the shared base-path build goes. */
export default function globalTeardown() {
  removeSharedBasePathBuild()
}
