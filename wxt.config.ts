import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { stripDetectorProse } from './cli/strip-detector-prose';

/**
 * Permissions are the minimal set: the reviewer's click (popup, shortcut, context menu) grants activeTab,
 * scripting injects the review content script only then, storage keeps the per-tab review session,
 * contextMenus offers "Add trust finding here". The test build (TRUSTLENS_TEST_BUILD=1) adds a host
 * permission for 127.0.0.1 only, so end-to-end tests can inject without a user gesture.
 */
const testBuild = process.env.TRUSTLENS_TEST_BUILD === '1';

export default defineConfig({
  manifestVersion: 3,
  outDir: testBuild ? '.output-test' : '.output',
  manifest: ({ browser }) => ({
    name: 'Trustlens',
    description: 'Mystery-shopper reviews of websites: find, mark and report trust friction.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    host_permissions: testBuild ? ['http://127.0.0.1/*'] : [],
    commands: {
      'scan-page': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: 'Scan this page for the active review',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'trustlens@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({
    plugins: [preact(), stripDetectorProse('review')],
    build: { target: 'es2022' },
  }),
});
