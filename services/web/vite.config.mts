// The web app's build (`npm run build:web`, into dist/web, which the gateway serves) and its
// development server (`npm run web:dev`, with /api proxied to the gateway on :3000).
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { startPageBudget } from './start-page-budget.mjs';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: '/',
  resolve: {
    alias: { '@citypoints/public-api': resolve(root, '../../libs/public-api/src/index.ts') },
  },
  build: {
    outDir: process.env.WEB_OUT_DIR ?? resolve(root, '../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'City Points',
        short_name: 'City Points',
        description: 'Points for taking part in your town',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b6e4f',
        icons: [
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
          // PNGs drawn from the SVGs above, for launchers that read no SVG.
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      },
    }),
    startPageBudget({ maxGzipBytes: 200 * 1024 }),
  ],
});
