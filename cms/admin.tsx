/**
 * The content editor's page (/admin/): Decap CMS, bundled from npm by scripts/cms-bundle.ts, with
 * collection settings generated from content-schema/ (the same schemas the build validates).
 */
import CMS from 'decap-cms-app'
import { documentSchemas } from '@/content-schema'
import { toDecapConfig, type DecapConfigOptions } from '@/content-schema/decap'
import { SlidesPreview } from './slides-preview'

// Replaced at bundle time: the backend (decap-server locally, GitHub/GitLab/Gitea in production).
declare const CMS_OPTIONS: DecapConfigOptions

CMS.init({ config: toDecapConfig(documentSchemas, CMS_OPTIONS) as never })
CMS.registerPreviewTemplate('talks', SlidesPreview)
