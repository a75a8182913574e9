// Builds the two pages (onboarding at /, dashboard at /admin) into web/dist.
// No inline scripts or CDN assets: the API's CSP allows only 'self'.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rollupOptions: { input: { index: resolve(root, 'index.html'), admin: resolve(root, 'admin.html') } },
  },
});
