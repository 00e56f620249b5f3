/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'

export default defineConfig({
  // The dev server looks for dependencies from the app's page only, not from the generated API reference in public/.
  optimizeDeps: { entries: ['index.html'] },
  plugins: [
    vue(),
    VitePWA({
      // Our own service worker: it must refuse to cache `no-store` answers (personal data), which the
      // generated one cannot express.
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      injectManifest: {
        // config.json is filled at deployment and fetched network-first, so it is not part of the app shell.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The API reference (a large page for developers) is not kept on phones for offline use.
        globIgnores: ['api-docs/**'],
      },
      manifest: {
        name: 'Study Trip Programme',
        short_name: 'Study Trip',
        description: 'Programme, itinerary and delegation of international study trips',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5d4b',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
})
