import type { CmsRegistryBackend } from 'decap-cms-core'
import { uploadName } from '@/lib/authoring/upload-name'

type Asset = { path: string; fileObj?: File }
type MediaFile = { name: string }
type Backend = {
  persistMedia(asset: Asset, options: unknown): Promise<unknown>
  getMedia(): Promise<MediaFile[]>
}

/**
 * Decap names an upload by its own rule before handing it to the backend ("Stage photo.png" is
 * stored as "stage-photo.png"), so the name a speaker embeds (![[Stage photo.png]]) found nothing.
 * Each backend the editor may use stores an upload under the name it was given instead
 * (lib/authoring/upload-name.ts). Decap asks before replacing a file only under its own name, so an
 * upload whose name is taken is refused with a message rather than written over the file.
 */
export function keepUploadNames(backend: CmsRegistryBackend): void {
  const init = backend.init
  backend.init = (...args: unknown[]) => {
    const instance = (init as (...a: unknown[]) => Backend)(...args)
    const persist = instance.persistMedia.bind(instance)
    instance.persistMedia = async (asset, options) => {
      if (!asset.fileObj) return persist(asset, options)
      const name = uploadName(asset.fileObj.name)
      const path = asset.path.slice(0, asset.path.lastIndexOf('/') + 1) + name
      if ((await instance.getMedia()).some((file) => file.name === name)) {
        throw new Error(`"${name}" is already in the attachments: rename the file, or delete that one first`)
      }
      // A copy of Decap's asset (its class reads the file), under the kept name.
      return persist(Object.assign(Object.create(Object.getPrototypeOf(asset) as object), asset, { path }), options)
    }
    return instance
  }
}
