import { RelmapError } from '@relmap/core';

/**
 * A part of the map's code that an app does not ship in its first load: loaded the first time it is needed, by a
 * literal relative `import('./file.ts')` of a file of this package (rule M52), and shared by every map of the page.
 * A bundler makes the file a chunk of its own; `pnpm size` measures the first load without it.
 */
export class OnDemand<T> {
  private loading: Promise<T> | undefined;
  private module: T | undefined;

  /**
   * `name` says what the part is in an error ("keyboard help"); `load` is the literal `import()` of its file, kept
   * at the call site so that bundlers see it.
   */
  constructor(
    readonly name: string,
    private readonly load: () => Promise<T>,
  ) {}

  /** The part, once it has loaded. */
  get loaded(): T | undefined {
    return this.module;
  }

  /**
   * The part, loading it the first time. A failed load rejects with a `RelmapError` of code `load-failed` (the
   * browser's error as its `cause`) and is forgotten, so the next call tries again.
   */
  get(): Promise<T> {
    this.loading ??= this.load().then(
      (module) => (this.module = module),
      (cause: unknown) => {
        this.loading = undefined;
        const why = cause instanceof Error ? ` (${cause.message})` : '';
        throw new RelmapError('load-failed', '', `The map's ${this.name} could not be loaded${why}; it is tried again when next needed.`, undefined, cause);
      },
    );
    return this.loading;
  }
}
