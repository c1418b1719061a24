// The browser suite: Playwright in Debian's Chromium against the release build (dist/) served on
// a free port of 127.0.0.1 by scripts/serve.py, which sends the strict CSP a Canada.ca host would;
// and the site of the real 2023-06 corpus (CORPUS_SITE, built by ./dev test with the same widget)
// on a second port. ./dev test builds both and chooses the ports (PORT, CORPUS_PORT); BASE_URL and
// CORPUS_URL point at servers already running.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from './chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = process.env.PORT || '8080';
const baseURL = process.env.BASE_URL || `http://127.0.0.1:${port}`;
const corpusPort = process.env.CORPUS_PORT || '8081';
const corpusSite = process.env.CORPUS_SITE || `${root}target/corpus-site`;
process.env.CORPUS_URL ||= `http://127.0.0.1:${corpusPort}`;

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs$/,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'results.json' }]],
  outputDir: 'test-results',
  use: {
    baseURL,
    browserName: 'chromium',
    trace: 'off',
    launchOptions: CHROMIUM,
  },
  webServer: [
    process.env.BASE_URL
      ? undefined
      : {
          command: `python3 scripts/serve.py dist ${port}`,
          cwd: root,
          url: `${baseURL}/index.html`,
          reuseExistingServer: false,
          timeout: 30_000,
        },
    process.env.CORPUS_URL !== `http://127.0.0.1:${corpusPort}`
      ? undefined
      : {
          command: `python3 scripts/serve.py ${corpusSite} ${corpusPort}`,
          cwd: root,
          url: `${process.env.CORPUS_URL}/en/index.html`,
          reuseExistingServer: false,
          timeout: 30_000,
        },
  ].filter(Boolean),
});
