import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
const root = '/work/wt-loads';
export default defineConfig({
  root,
  plugins: [svelte({ configFile: false, preprocess: (await import('@sveltejs/vite-plugin-svelte')).vitePreprocess() })],
  resolve: { alias: { $lib: root + '/src/lib' } },
  build: {
    outDir: '/tmp/loads/out-' + process.env.ENTRY, emptyOutDir: true, manifest: true, sourcemap: true,
    rollupOptions: { input: { [process.env.ENTRY]: root + '/src/lib/island/' + process.env.ENTRY + '.ts' } }
  }
});
