// Where the browser tests, the benchmarks and the screenshots find Chromium, and how a fresh machine gets one.
// Browser builds come only from the system's package manager: nothing here downloads a browser.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** The Debian package that provides Chromium, and the command a person runs to install it by hand. */
export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium';

/** Places Debian and Ubuntu put their Chromium, in the order they are tried. */
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Where playwright keeps a Chromium it installed earlier (`playwright install chromium`); never installs one. */
function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    return require('playwright').chromium.executablePath() || undefined;
  } catch {
    return undefined;
  }
}

/** Every place tried, in order: Debian's and Ubuntu's paths, then playwright's own browser. */
function defaultCandidates() {
  const own = playwrightChromium();
  return own ? [...SYSTEM_PATHS, own] : SYSTEM_PATHS;
}

/**
 * The Chromium to use: `CHROMIUM_PATH` when it is set (and then only that one, so a wrong setting is not hidden),
 * else Debian's, else playwright's own if one was installed before. `undefined` when there is none.
 */
export function findChromium(env = process.env, candidates = defaultCandidates()) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return candidates.find((path) => existsSync(path));
}

/** How this process may run apt-get: directly as root, through sudo without a password, or not at all. */
function aptRunner() {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) return null;
  if (process.getuid?.() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n'] : null;
}

/** The message for a machine where Chromium is missing and cannot be installed from here. */
export function missingMessage(env = process.env, candidates = defaultCandidates()) {
  const where = env.CHROMIUM_PATH
    ? `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist.`
    : `No Chromium found (looked at ${candidates.join(', ')}).`;
  return (
    `The browser tests need Chromium. ${where}\n` +
    `Install Debian's package and run the tests again:\n  ${INSTALL_COMMAND}\n` +
    'or set CHROMIUM_PATH to a Chromium or Chrome executable.'
  );
}

/**
 * Finds Chromium, installing Debian's package when there is none and this process may (root, or sudo without a
 * password). A `CHROMIUM_PATH` that names a missing file is an error, not a reason to install: the setting is wrong.
 * Returns the path, or throws an Error whose message names the command to run.
 * @param {{ env?: NodeJS.ProcessEnv, candidates?: string[], runner?: string[] | null,
 *   install?: (runner: string[]) => void, log?: (line: string) => void }} [options]
 */
export function ensureChromium({ env = process.env, candidates = defaultCandidates(), runner = aptRunner(), install = aptInstall, log = console.log } = {}) {
  const found = findChromium(env, candidates);
  if (found) return found;
  if (env.CHROMIUM_PATH || !runner) throw new Error(missingMessage(env, candidates));
  log("Chromium is missing: installing Debian's chromium package for the browser tests (apt-get install -y chromium).");
  install(runner);
  const installed = findChromium(env, candidates);
  if (!installed) throw new Error(`Installing chromium did not give a Chromium.\n${missingMessage(env, candidates)}`);
  return installed;
}

/** Installs Debian's chromium package quietly with the given runner (`[]` as root, `['sudo', '-n']` otherwise). */
function aptInstall(runner) {
  const [cmd, ...pre] = runner.length ? runner : ['apt-get'];
  const args = runner.length ? [...pre, 'apt-get'] : [];
  const environment = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync(cmd, [...args, 'update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env: environment });
  execFileSync(cmd, [...args, 'install', '-y', '-qq', 'chromium'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: environment,
  });
}
