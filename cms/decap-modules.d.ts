// Decap's backends, widgets and locales ship no type declarations (decap-cms-app's index.d.ts
// types only the whole app). What cms/admin.tsx uses of them, in decap-cms-core's own types.

declare module 'decap-cms-backend-gitlab' {
  export const GitLabBackend: import('decap-cms-core').CmsBackendClass
}
declare module 'decap-cms-backend-gitea' {
  export const GiteaBackend: import('decap-cms-core').CmsBackendClass
}
declare module 'decap-cms-backend-proxy' {
  export const ProxyBackend: import('decap-cms-core').CmsBackendClass
}
declare module 'decap-cms-locales' {
  export const en: import('decap-cms-core').CmsLocalePhrases
}

declare module 'decap-cms-widget-boolean' {
  const widget: { Widget: () => import('decap-cms-core').CmsWidgetParam }
  export default widget
}
declare module 'decap-cms-widget-datetime' {
  const widget: { Widget: () => import('decap-cms-core').CmsWidgetParam }
  export default widget
}
declare module 'decap-cms-widget-list' {
  const widget: { Widget: () => import('decap-cms-core').CmsWidgetParam }
  export default widget
}
declare module 'decap-cms-widget-markdown' {
  const widget: { Widget: () => import('decap-cms-core').CmsWidgetParam }
  export default widget
}
declare module 'decap-cms-widget-number' {
  const widget: { Widget: () => import('decap-cms-core').CmsWidgetParam }
  export default widget
}
declare module 'decap-cms-widget-object' {
  const widget: { Widget: () => import('decap-cms-core').CmsWidgetParam }
  export default widget
}
declare module 'decap-cms-widget-string' {
  const widget: { Widget: () => import('decap-cms-core').CmsWidgetParam }
  export default widget
}
declare module 'decap-cms-widget-text' {
  const widget: { Widget: () => import('decap-cms-core').CmsWidgetParam }
  export default widget
}
