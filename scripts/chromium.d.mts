/** The command a person runs to install Debian's Chromium by hand. */
export const INSTALL_COMMAND: string;
/** The Chromium to use (`CHROMIUM_PATH`, Debian's, or playwright's own), or `undefined` when there is none. */
export function findChromium(env?: NodeJS.ProcessEnv, candidates?: string[]): string | undefined;
/** The message for a machine where Chromium is missing and cannot be installed from here. */
export function missingMessage(env?: NodeJS.ProcessEnv, candidates?: string[]): string;
/**
 * Finds Chromium, installing Debian's package where this process may (`runner`: `[]` as root, `['sudo', '-n']`,
 * or `null` when it may not); throws with the command to run otherwise.
 */
export function ensureChromium(options?: {
  env?: NodeJS.ProcessEnv;
  candidates?: string[];
  runner?: string[] | null;
  install?: (runner: string[]) => void;
  log?: (line: string) => void;
}): string;
