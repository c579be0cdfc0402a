/**
 * Runtime zones: which folders a file may import from, so the tree cannot decay (the pure core
 * stays pure, frame code never reaches the database or the background, the protocol never
 * reaches services). A relative import is resolved against the importing file and checked
 * against the zone of that file; bare imports against the zone's forbidden packages.
 * tests/unit/lint-zones.test.ts proves each zone rejects a violation.
 */
import { dirname, relative, resolve } from 'node:path';

const ROOT = process.cwd();

/**
 * The Latvian dictionary (LGPL, 2 MB) and the lemma expander that reads it are for the command
 * line and, loaded lazily, the options page; code that runs in CRM frames, the service worker or
 * the framed pages never loads them (packs carry expanded forms).
 */
const NO_DICTIONARY = { deny: ['lib/core/lemmas/'], packages: [/^dictionary-lv(\/|$)/] };

/** Forbidden in the pure core: anything tied to a runtime. */
const RUNTIME_PACKAGES = [
  /^wxt(\/|$)/,
  /^#imports$/,
  /^webextension-polyfill$/,
  /^@wxt-dev\//,
  /^dexie(\/|$)/,
  /^fake-indexeddb/,
  /^preact(\/|$)/,
  /^node:/,
  ...NO_DICTIONARY.packages,
];

/**
 * Each zone: the files it covers (path prefixes), the folders they may import from (less those
 * in `deny`), and bare packages they may not use. The first zone whose prefix matches a file applies.
 */
export const ZONES = [
  {
    name: 'core',
    files: ['lib/core/'],
    allow: ['lib/core/', 'scripts-data/'],
    packages: RUNTIME_PACKAGES,
    why: 'The pure core runs in Node, content scripts and pages alike: it imports only lib/core.',
  },
  {
    name: 'protocol',
    files: ['lib/protocol/'],
    allow: ['lib/core/', 'lib/protocol/'],
    deny: NO_DICTIONARY.deny,
    packages: [/^dexie(\/|$)/, /^preact(\/|$)/, ...NO_DICTIONARY.packages],
    why: 'The protocol describes messages; it never imports the services that answer them.',
  },
  {
    name: 'data',
    files: ['lib/data/'],
    allow: ['lib/core/', 'lib/data/'],
    packages: [/^preact(\/|$)/, /^webextension-polyfill$/, /^wxt(\/|$)/],
    why: 'The database layer knows the model, not the runtimes around it.',
  },
  {
    name: 'content',
    files: ['lib/content/', 'entrypoints/page-engine.content.ts', 'entrypoints/sidebar-host.ts'],
    allow: ['lib/core/', 'lib/protocol/', 'lib/content/'],
    deny: NO_DICTIONARY.deny,
    packages: [/^dexie(\/|$)/, /^preact(\/|$)/, ...NO_DICTIONARY.packages],
    why: 'Code in CRM frames never imports the database, the background or extension pages.',
  },
  {
    name: 'background',
    files: ['lib/background/'],
    allow: ['lib/core/', 'lib/protocol/', 'lib/data/', 'lib/background/', 'scripts-data/'],
    deny: NO_DICTIONARY.deny,
    packages: [/^preact(\/|$)/, ...NO_DICTIONARY.packages],
    why: 'The service worker uses the model, the protocol and the database, never UI or frame code.',
  },
  {
    name: 'pages',
    files: ['lib/pages/'],
    allow: ['lib/core/', 'lib/protocol/', 'lib/pages/'],
    packages: [/^dexie(\/|$)/, /^preact(\/|$)/],
    why: 'Non-UI code of extension pages uses the protocol, never the database or the background.',
  },
  {
    name: 'sidebar',
    files: ['components/sidebar/', 'entrypoints/sidebar/'],
    allow: [
      'lib/core/',
      'lib/protocol/',
      'lib/pages/',
      'components/sidebar/',
      'components/shared/',
    ],
    deny: NO_DICTIONARY.deny,
    packages: [/^dexie(\/|$)/, ...NO_DICTIONARY.packages],
    why: 'The sidebar is framed by the CRM page: it works over its store port, never Dexie.',
  },
  {
    name: 'card',
    files: ['components/card/', 'entrypoints/card/'],
    allow: ['lib/core/', 'lib/protocol/', 'lib/pages/', 'components/card/', 'components/shared/'],
    deny: NO_DICTIONARY.deny,
    packages: [/^dexie(\/|$)/, ...NO_DICTIONARY.packages],
    why: 'The card is framed by the CRM page: it works over its store port, never Dexie.',
  },
  {
    name: 'options',
    files: ['components/options/', 'entrypoints/options/'],
    allow: [
      'lib/core/',
      'lib/protocol/',
      'lib/data/',
      'lib/pages/',
      'components/options/',
      'components/shared/',
    ],
    packages: [],
    why: 'The options page reads the database directly; it never imports the background.',
  },
  {
    name: 'cli',
    files: ['cli/'],
    allow: ['lib/core/', 'cli/', 'scripts-data/'],
    packages: [/^dexie(\/|$)/, /^preact(\/|$)/, /^webextension-polyfill$/, /^wxt(\/|$)/],
    why: 'The command line runs the pure core in Node.',
  },
];

function zoneOf(file) {
  return ZONES.find((zone) => zone.files.some((prefix) => file.startsWith(prefix)));
}

function checkSource(context, node, source) {
  if (typeof source !== 'string') return;
  const file = relative(ROOT, context.filename).split('\\').join('/');
  const zone = zoneOf(file);
  if (!zone) return;
  if (source.startsWith('.')) {
    const target = relative(ROOT, resolve(dirname(context.filename), source))
      .split('\\')
      .join('/');
    const denied = (zone.deny ?? []).some((prefix) => target.startsWith(prefix));
    if (!denied && zone.allow.some((p) => target.startsWith(p) || `${target}/` === p)) return;
    context.report({ node, message: `${zone.name} may not import ${target}. ${zone.why}` });
  } else if (zone.packages.some((pattern) => pattern.test(source))) {
    context.report({
      node,
      message: `${zone.name} may not use the package "${source}". ${zone.why}`,
    });
  }
}

const zonesRule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const check = (node) => checkSource(context, node, node.source?.value);
    return {
      ImportDeclaration: check,
      ExportAllDeclaration: check,
      ExportNamedDeclaration: (node) => node.source && check(node),
      ImportExpression: check,
    };
  },
};

const PURE_GLOBALS = [
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
].map((name) => ({ name, message: `The pure core may not use the global "${name}".` }));

export const zonesConfig = [
  {
    files: [
      'lib/**/*.ts',
      'lib/**/*.tsx',
      'components/**/*.ts',
      'components/**/*.tsx',
      'entrypoints/**/*.ts',
      'entrypoints/**/*.tsx',
      'cli/**/*.ts',
    ],
    plugins: { laipni: { rules: { zones: zonesRule } } },
    rules: { 'laipni/zones': 'error' },
  },
  {
    files: ['lib/core/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...PURE_GLOBALS] },
  },
];
