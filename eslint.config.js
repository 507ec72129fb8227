import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The import direction of docs/ARCHITECTURE.md, as a rule: for each folder of src/, the folders
 * it may not import (feature folders never import each other; nothing below app/ imports
 * upward), and the libraries only one folder may use: maplibre-gl (its JS; its CSS is a style
 * sheet any entry may load) only in map/, @turf/* only in geo/.
 */
const FOLDERS = ['app', 'embed', 'map', 'timeline', 'reader', 'events', 'editor', 'export', 'stories', 'store', 'data', 'domain', 'geo', 'ui', 'i18n', 'lib'];
const MAY_IMPORT = {
  app: ['map', 'timeline', 'reader', 'events', 'editor', 'export', 'stories', 'store', 'data', 'domain', 'geo', 'ui', 'i18n', 'lib'],
  map: ['store', 'data', 'domain', 'geo', 'ui', 'i18n', 'lib'],
  timeline: ['store', 'domain', 'ui', 'i18n', 'lib'],
  reader: ['store', 'domain', 'ui', 'i18n', 'lib'],
  events: ['store', 'domain', 'ui', 'i18n', 'lib'],
  stories: ['store', 'domain', 'ui', 'i18n', 'lib'],
  editor: ['store', 'data', 'domain', 'ui', 'i18n', 'lib'],
  export: ['store', 'domain', 'ui', 'i18n', 'lib'],
  store: ['data', 'domain', 'i18n', 'lib'],
  data: ['domain', 'lib'],
  domain: ['lib'],
  geo: ['lib'],
  ui: ['domain', 'i18n', 'lib'],
  i18n: ['lib'],
  lib: [],
};
const importDirection = Object.entries(MAY_IMPORT).map(([folder, allowed]) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: folder === 'map' ? [] : [{ name: 'maplibre-gl', message: 'Only src/map/ imports maplibre-gl (docs/ARCHITECTURE.md).' }],
        patterns: [
          ...FOLDERS.filter((other) => other !== folder && !allowed.includes(other)).map((other) => ({
            group: [`**/${other}/*`, `**/${other}`],
            message: `src/${folder}/ may not import src/${other}/: imports run one way (docs/ARCHITECTURE.md).`,
          })),
          ...(folder === 'geo' ? [] : [{ group: ['@turf/*'], message: 'Only src/geo/ imports @turf/* (docs/ARCHITECTURE.md).' }]),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'coverage/**', 'tests/bench/results*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Data is rendered as text, never as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Data is rendered as text, never as HTML.' },
      ],
    },
  },
  ...importDirection,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The example host pages' scripts run in the browser.
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
