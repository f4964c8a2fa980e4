/**
 * Where Debian's Chromium is and how Jixiao launches it headless on a closed network: without the
 * background-networking flags it keeps trying hosts it cannot reach (research/tech.md §3.14).
 */
export const CHROMIUM_PATH = process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
