import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { bundleStandalone } from './scripts/lib/bundle-standalone.mjs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Public half of the key that pins the Chromium extension id (kajdnpilbfhehopjdbojibjcclakjpme),
// so the sidebar origin, tests and company policy can rely on one stable id.
const CHROMIUM_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtW37g+LbNoWgz4qKfjPzR5IuOJNMF3+dXTPrCnXuPzRGjFirjPwXsa2MXmRKMEI9//WNw90ZdAQHohqyq8s9ve6N5tNEzpQCF0jAIazt7ZVU2OQeAtjYqk7ehxmcp2g3bjELJr5pMG604RyQJlRLilDHIQtAnxEBSncAH1q/uvnnr951i0Jd8E2aB8txDvTPkVlA8ilSvxX1EAS/vgPKV2T4B0LVgyUt2tgOkvdxHGjKwWddngmL1hx63I8BlFNIdXbKJ1E0jnhDUSQclapQXTPkVhnkdaYIeUOdftaDCvveP4dA0HcCJiCB4JBh5v3koFVya97LMXe/vKVWO8Ne8wIDAQAB';

/** Bundled from lib/content/bootstrap/main.ts by scripts/lib/bundle-standalone.mjs. */
const BOOTSTRAP_FILE = 'bootstrap.js';
/** The pack-validation worker (lib/background/validation/worker-main.ts). */
const VALIDATOR_FILE = 'pack-validator.js';
/** The voice coach's AudioWorklet module (lib/background/voice/worklet-main.ts). */
const VOICE_WORKLET_FILE = 'voice-worklet.js';
/**
 * The Latvian Hunspell dictionary (npm dictionary-lv, LGPL-2.1), copied as its own files with
 * its licence; only the options page fetches them, to expand a personal rule's lemma.
 */
const DICTIONARY_FOLDER = 'dictionary-lv';
const DICTIONARY_FILES = ['index.aff', 'index.dic', 'license'];

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The bootstrap is bundled and declared here, so it runs in every frame without WXT's
    // script wrappers (see docs/benchmarks.md, "Page").
    'build:publicAssets': async (wxt, files) => {
      files.push({
        relativeDest: BOOTSTRAP_FILE,
        contents: await bundleStandalone(wxt.config.root, 'lib/content/bootstrap/main.ts', 'iife'),
      });
      files.push({
        relativeDest: VALIDATOR_FILE,
        contents: await bundleStandalone(
          wxt.config.root,
          'lib/background/validation/worker-main.ts',
          'iife',
        ),
      });
      files.push({
        relativeDest: VOICE_WORKLET_FILE,
        contents: await bundleStandalone(
          wxt.config.root,
          'lib/background/voice/worklet-main.ts',
          'esm',
        ),
      });
      const dictionary = dirname(createRequire(import.meta.url).resolve(DICTIONARY_FOLDER));
      for (const name of DICTIONARY_FILES)
        files.push({
          relativeDest: `${DICTIONARY_FOLDER}/${name}`,
          absoluteSrc: join(dictionary, name),
        });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(`/${BOOTSTRAP_FILE}`, `/${VALIDATOR_FILE}`, `/${VOICE_WORKLET_FILE}`);
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        {
          matches: ['<all_urls>'],
          all_frames: true,
          match_about_blank: true,
          match_origin_as_fallback: true,
          run_at: 'document_idle',
          js: [BOOTSTRAP_FILE],
        },
        ...(manifest.content_scripts ?? []),
      ];
    },
  },
  manifest: ({ browser, mode }) => {
    const chromiumTest = mode === 'test' && browser !== 'firefox';
    return {
      name: 'Laipni',
      description: '__MSG_extensionDescription__',
      default_locale: 'lv',
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'laipni@laipni.lv',
                strict_min_version: '128.0',
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {
            key: CHROMIUM_PUBLIC_KEY,
            // Company policy schema (Chrome enterprise policy); Firefox reads policies.json
            // without one. See docs/distribution.md.
            storage: { managed_schema: 'managed-schema.json' },
          }),
      // offscreen (Chrome): packs are validated in a worker of an offscreen document, and the
      // voice coach captures the microphone there (lib/background/voice/).
      permissions: [
        'storage',
        'unlimitedStorage',
        'scripting',
        'tabs',
        'alarms',
        ...(browser === 'firefox' ? [] : ['offscreen']),
        // Chromium's test build holds at install what the agent grants with a click (below): a
        // test cannot click Chromium's permission prompt (Firefox's suites turn its prompt off).
        ...(chromiumTest ? ['downloads'] : []),
      ],
      // The agent's own activity export saves each finished day as a file: asked for only when the
      // agent switches it on (options page → Statistics), so installing asks for nothing more.
      ...(chromiumTest ? {} : { optional_permissions: ['downloads'] }),
      host_permissions: ['<all_urls>'],
      action: { default_title: 'Laipni' },
      commands: {
        'toggle-sidebar': {
          suggested_key: { default: 'Alt+Shift+L' },
          description: '__MSG_commandToggleSidebar__',
        },
      },
      web_accessible_resources: [
        {
          resources: ['sidebar.html', 'card.html'],
          matches: ['<all_urls>'],
          use_dynamic_url: true,
        },
      ],
    };
  },
});
