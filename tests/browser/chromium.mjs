// How every browser run of the project (the browser suite, the benchmark) launches Debian's
// Chromium: never a browser Playwright would download. As root it needs --no-sandbox; the
// background-networking flags keep it from calling out of this machine.
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
