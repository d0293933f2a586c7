import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier'

// Boundaries (house style): only lib/ talks to the database, and components never reach into app/
// (client components receive server actions as props, or from a provider the route's layout fills,
// as the grading screens do: components/review/grading/grading-actions.tsx).

// Forms keep what was typed after a refusal (docs/decisions/018-forms-keep-input.md): a form posts
// through ActionForm, never a bare useActionState, whose form React resets after every action.
const KEEP_INPUT = {
  name: 'react',
  importNames: ['useActionState'],
  message: 'Use useActionForm and <ActionForm> from components/ui/action-form: React resets a bare action form, losing what was typed.',
}

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-*/**',
      '.data/**',
      'lib/generated/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['app/**', 'components/**', 'pages/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [KEEP_INPUT],
          patterns: [{ group: ['@/lib/db', '**/lib/db'], message: 'Only lib/ imports the database client: call a domain function.' }],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [KEEP_INPUT],
          patterns: [
            { group: ['@/lib/db', '**/lib/db'], message: 'Only lib/ imports the database client: call a domain function.' },
            {
              group: ['@/app/*', '@/app/**'],
              message: 'Components never import from app/: take the server action as a prop (or from a provider its layout fills).',
            },
          ],
        },
      ],
    },
  },
  {
    // Styles live in CSS Modules (components/ui/ui.module.css has the layout helpers): an inline
    // style can't be shared, themed or overridden for print, and it keeps style-src from ever tightening.
    files: ['app/**/*.tsx', 'components/**/*.tsx', 'pages/**/*.tsx'],
    rules: {
      'react/forbid-dom-props': [
        'error',
        { forbid: [{ propName: 'style', message: 'Use a CSS Modules class instead of an inline style.' }] },
      ],
    },
  },
  // Last, so formatting is Prettier's alone and no ESLint rule argues with it.
  prettier,
]

export default config
