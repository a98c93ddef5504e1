/**
 * One manifest source for both browsers. Differences are only the background entry (Chromium runs a
 * service worker; Firefox ESR refuses a service-worker-only background and runs `scripts` as an event
 * page) and Firefox's `browser_specific_settings`.
 */
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/** Fixed Firefox add-on id: tests preset its moz-extension UUID with it. */
export const GECKO_ID = 'lede@lede-reader.org';

const pages = ['http://*/*', 'https://*/*'];

export const manifestFor = (target: Target) =>
  defineManifest({
    manifest_version: 3,
    name: 'Lede',
    short_name: 'Lede',
    version: pkg.version,
    description: 'See the claims, quotes, names and numbers in the article you are reading. Offline: page text never leaves your machine.',
    icons: { 16: 'icons/lede-16.png', 32: 'icons/lede-32.png', 48: 'icons/lede-48.png', 128: 'icons/lede-128.png' },
    background:
      target === 'firefox'
        ? { scripts: ['src/background/index.ts'], type: 'module' }
        : { service_worker: 'src/background/index.ts', type: 'module' },
    action: { default_popup: 'src/popup/index.html', default_title: 'Lede' },
    // storage: settings and site choices; activeTab + scripting: annotate the current tab on request
    // where the reader has not granted site access (Firefox MV3 makes host access opt-in).
    permissions: ['storage', 'activeTab', 'scripting', 'unlimitedStorage'],
    host_permissions: pages,
    content_scripts: [
      {
        matches: pages,
        js: ['src/content/index.ts'],
        css: ['src/content/highlights.css'],
        run_at: 'document_idle',
      },
    ],
    commands: {
      'toggle-lede': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Turn Lede on or off on this page' },
      'next-highlight': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Go to the next highlight' },
      'previous-highlight': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Go to the previous highlight' },
    },
    // No remote code: extension pages load only what ships in the package.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    ...(target === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  } as Parameters<typeof defineManifest>[0]);
