import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { stripDetectorProse } from './cli/strip-detector-prose';

/**
 * Permissions are the minimal set: the reviewer's click (popup, shortcut, context menu) grants activeTab,
 * scripting injects the review content script only then, storage keeps the per-tab review session,
 * contextMenus offers "Add trust finding here". captureVisibleTab (screenshots of manual findings) needs
 * activeTab or <all_urls>: activeTab is enough, since every capture follows the reviewer's gesture.
 * The test build (TRUSTLENS_TEST_BUILD=1) adds host permissions so end-to-end tests can inject without a
 * user gesture (127.0.0.1) and capture (<all_urls>: automation cannot press the toolbar button or a
 * shortcut, which is what grants activeTab). The shipped build has no host permission.
 */
const testBuild = process.env.TRUSTLENS_TEST_BUILD === '1';

export default defineConfig({
  manifestVersion: 3,
  modules: ['@wxt-dev/i18n/module'],
  outDir: testBuild ? '.output-test' : '.output',
  manifest: ({ browser }) => ({
    name: 'Trustlens',
    description: 'Mystery-shopper reviews of websites: find, mark and report trust friction.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    host_permissions: testBuild ? ['http://127.0.0.1/*', '<all_urls>'] : [],
    default_locale: 'en',
    commands: {
      'scan-page': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_cmdScanPage__',
      },
      'add-finding': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_cmdAddFinding__',
      },
      'next-finding': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmdNextFinding__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'trustlens@example.org', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  vite: () => ({
    plugins: [preact(), stripDetectorProse('review')],
    build: { target: 'es2022' },
    // The content scripts' ctx: a lean class of our own instead of WXT's (see the file for why and what it keeps).
    resolve: { alias: { 'wxt/utils/content-script-context': fileURLToPath(new URL('./entrypoints/review.content/context.ts', import.meta.url)) } },
  }),
});
