// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/** The public address; set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://casebook.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), react(), sitemap()],
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro's own MDX modules carry a directive the bundler cannot keep; the warning is
          // about Astro internals, not our content, and would bury real messages for editors.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
