import { createApp } from 'vue'
import { registerSW } from 'virtual:pwa-register'
import App from './App.vue'
import { configureApi } from './api/client'
import { currentToken, initAuth } from './shared/auth'
import { loadConfig } from './config'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { offerUpdate } from './shared/app-update'
import './styles.css'

async function start(): Promise<void> {
  const config = await loadConfig()
  initAuth(config)
  configureApi(config.apiBaseUrl, undefined, currentToken)
  createApp(App).use(createAppI18n()).use(createAppRouter()).mount('#app')
  // The service worker exists only in the production build (the dev server rebuilds on every change).
  if (import.meta.env.PROD) {
    const update = registerSW({ immediate: true, onNeedRefresh: () => offerUpdate(() => update(true)) })
  }
}

start().catch((error: unknown) => {
  // Before i18n exists: a plain message, in the three languages, beats a blank page.
  const app = document.getElementById('app')
  if (app) {
    app.textContent = `The app could not start · 应用无法启动 · 앱을 시작할 수 없습니다 (${String(error)})`
    app.setAttribute('role', 'alert')
  }
})
