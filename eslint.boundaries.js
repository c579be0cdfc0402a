/**
 * The pure layers (engine, pack logic) run unchanged in Node, the content script and the CLI,
 * so they may not reach the browser, the DOM, the database or the UI. This config enforces it;
 * tests/unit/lint-boundary.test.ts proves it rejects a violation.
 */
export const PURE_LAYER_FILES = ['lib/core/**/*.ts'];

const forbiddenModules = [
  { group: ['wxt', 'wxt/*', '#imports'], message: 'The pure layers may not import WXT.' },
  {
    group: ['webextension-polyfill', '@wxt-dev/*', '@webext-core/*'],
    message: 'The pure layers may not use the browser extension API.',
  },
  { group: ['dexie', 'dexie/*', 'fake-indexeddb*'], message: 'The pure layers may not use Dexie.' },
  { group: ['preact', 'preact/*'], message: 'The pure layers may not import UI code.' },
  {
    group: [
      '**/lib/data',
      '**/lib/data/*',
      '**/lib/content/**',
      '**/lib/protocol/**',
      '**/lib/background/**',
      '**/components/*',
      '**/entrypoints/*',
      '../../data',
      '../../data/*',
      '../../content/**',
      '../../protocol/**',
      '../../background/**',
    ],
    message: 'The pure layers may not import browser, database or UI layers.',
  },
];

const forbiddenGlobals = [
  'window',
  'document',
  'browser',
  'chrome',
  'indexedDB',
  'navigator',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'Element',
  'Node',
  'fetch',
].map((name) => ({ name, message: `The pure layers may not use the global "${name}".` }));

export const pureLayerBoundary = {
  files: PURE_LAYER_FILES,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbiddenModules }],
    'no-restricted-globals': ['error', ...forbiddenGlobals],
  },
};
