import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium, findChromium, INSTALL_COMMAND } from './chromium.mjs';

/** A folder standing in for /usr/bin, and a candidate path inside it that does not exist yet. */
function fakeBin() {
  const dir = mkdtempSync(join(tmpdir(), 'relmap-chromium-'));
  return { dir, path: join(dir, 'chromium') };
}

describe('finding Chromium for the browser tests', () => {
  it('uses CHROMIUM_PATH when it names a file, before any system path', () => {
    const { path } = fakeBin();
    writeFileSync(path, '');
    const other = fakeBin();
    writeFileSync(other.path, '');
    expect(findChromium({ CHROMIUM_PATH: path }, [other.path])).toBe(path);
  });

  it('finds the system Chromium when CHROMIUM_PATH is not set', () => {
    const { path } = fakeBin();
    writeFileSync(path, '');
    expect(ensureChromium({ env: {}, candidates: [path], runner: null, log: () => {} })).toBe(path);
  });

  it('installs the package when none is found and it may, says so in one line, and goes on', () => {
    const { path } = fakeBin();
    const lines: string[] = [];
    const runners: string[][] = [];
    const found = ensureChromium({
      env: {},
      candidates: [path],
      runner: ['sudo', '-n'],
      install: (runner) => {
        runners.push(runner);
        writeFileSync(path, '');
      },
      log: (line) => lines.push(line),
    });
    expect(found).toBe(path);
    expect(runners).toEqual([['sudo', '-n']]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/installing Debian's chromium package/);
  });

  it('stops with the exact command to run when it may not install', () => {
    const { path } = fakeBin();
    let installed = false;
    const run = () => ensureChromium({ env: {}, candidates: [path], runner: null, install: () => (installed = true), log: () => {} });
    expect(run).toThrow(INSTALL_COMMAND);
    expect(installed).toBe(false);
  });

  it('names a CHROMIUM_PATH that points at a missing file instead of installing over it', () => {
    const { path } = fakeBin();
    const missing = join(fakeBin().dir, 'no-such-chromium');
    let installed = false;
    const run = () =>
      ensureChromium({
        env: { CHROMIUM_PATH: missing },
        candidates: [path],
        runner: [],
        install: () => (installed = true),
        log: () => {},
      });
    expect(run).toThrow(`CHROMIUM_PATH is set to ${missing}, which does not exist`);
    expect(installed).toBe(false);
  });

  it('says so when the install ran but left no Chromium', () => {
    const { path } = fakeBin();
    const run = () => ensureChromium({ env: {}, candidates: [path], runner: [], install: () => {}, log: () => {} });
    expect(run).toThrow(/did not give a Chromium[\s\S]*apt-get install -y chromium/);
  });
});
