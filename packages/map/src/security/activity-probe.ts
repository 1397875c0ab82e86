/**
 * Counts what a piece of code leaves running in the window: animation frames and timers not yet fired nor
 * cancelled, `ResizeObserver` targets not yet unobserved or disconnected, and event listeners still registered.
 * Each is recorded with the stack that made it, so that the test runner's own timers can be told apart from the
 * library's: only those made from this repository's packages (`/packages/` in a stack frame) count.
 */
export interface ActivityProbe {
  /** Frames requested by the packages and still pending. */
  pendingFrames(): number;
  /** Animation frames requested by the packages since the last `resetFrameCount`. */
  framesRequested(): number;
  /** Starts counting requested frames from zero. */
  resetFrameCount(): void;
  /** Timeouts and intervals set by the packages and still pending. */
  pendingTimers(): number;
  /** Elements still observed by a `ResizeObserver` that the packages made. */
  observedTargets(): number;
  /** Listeners the packages added and did not remove, on the targets that `where` selects. */
  listeners(where: (target: EventTarget) => boolean): number;
  /** Puts every wrapped function back. */
  restore(): void;
}

const OURS = /\/packages\/[a-z-]+\/src\/(?!.*\.test\.ts)/;

function fromPackages(): boolean {
  const stack = new Error().stack ?? '';
  return stack
    .split('\n')
    .slice(2)
    .some((line) => OURS.test(line) && !/\/testing\/|\/security\//.test(line));
}

/** Wraps the window's scheduling, observing and listening functions; call `restore()` when done. */
export function installActivityProbe(win: Window & typeof globalThis = window): ActivityProbe {
  const frames = new Set<number>();
  let requested = 0;
  const timers = new Set<number>();
  const observed = new Map<ResizeObserver, Set<Element>>();
  const listening = new Map<EventTarget, Set<string>>();
  const listenerIds = new WeakMap<object, number>();
  let nextListenerId = 1;
  const listenerKey = (type: string, fn: unknown, options: unknown): string => {
    const capture = typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);
    let id = fn && (typeof fn === 'object' || typeof fn === 'function') ? listenerIds.get(fn) : 0;
    if (id === undefined) listenerIds.set(fn as object, (id = nextListenerId++));
    return `${type}|${id}|${capture}`;
  };

  const original = {
    raf: win.requestAnimationFrame,
    caf: win.cancelAnimationFrame,
    setTimeout: win.setTimeout,
    clearTimeout: win.clearTimeout,
    setInterval: win.setInterval,
    clearInterval: win.clearInterval,
    ResizeObserver: win.ResizeObserver,
    add: win.EventTarget.prototype.addEventListener,
    remove: win.EventTarget.prototype.removeEventListener,
  };

  win.requestAnimationFrame = (cb) => {
    if (!fromPackages()) return original.raf.call(win, cb);
    requested++;
    const id = original.raf.call(win, (t) => {
      frames.delete(id);
      cb(t);
    });
    frames.add(id);
    return id;
  };
  win.cancelAnimationFrame = (id) => {
    frames.delete(id);
    original.caf.call(win, id);
  };
  // The timer functions through one plain signature: with Node's types in the program, they return objects.
  const timer = (set: unknown, clear: unknown) => ({
    set: set as (cb: TimerHandler, ms?: number, ...args: unknown[]) => number,
    clear: clear as (id?: number) => void,
  });
  const timeout = timer(original.setTimeout, original.clearTimeout);
  const interval = timer(original.setInterval, original.clearInterval);
  const wrappedTimeout = (cb: TimerHandler, ms?: number, ...args: unknown[]): number => {
    if (!fromPackages() || typeof cb !== 'function') return timeout.set.call(win, cb, ms, ...args);
    const id: number = timeout.set.call(
      win,
      () => {
        timers.delete(id);
        (cb as (...a: unknown[]) => void)(...args);
      },
      ms,
    );
    timers.add(id);
    return id;
  };
  const wrappedInterval = (cb: TimerHandler, ms?: number, ...args: unknown[]): number => {
    const id = interval.set.call(win, cb, ms, ...args);
    if (fromPackages()) timers.add(id);
    return id;
  };
  const wrappedClear =
    (clear: (id?: number) => void) =>
    (id?: number): void => {
      if (id !== undefined) timers.delete(id);
      clear.call(win, id);
    };
  Object.assign(win, {
    setTimeout: wrappedTimeout,
    clearTimeout: wrappedClear(timeout.clear),
    setInterval: wrappedInterval,
    clearInterval: wrappedClear(interval.clear),
  });
  win.ResizeObserver = class extends original.ResizeObserver {
    private readonly ours = fromPackages();
    override observe(target: Element, options?: ResizeObserverOptions): void {
      if (this.ours) (observed.get(this) ?? observed.set(this, new Set()).get(this)!).add(target);
      super.observe(target, options);
    }
    override unobserve(target: Element): void {
      observed.get(this)?.delete(target);
      super.unobserve(target);
    }
    override disconnect(): void {
      observed.delete(this);
      super.disconnect();
    }
  };
  win.EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, fn: unknown, options?: unknown) {
    if (fn && fromPackages()) {
      (listening.get(this) ?? listening.set(this, new Set()).get(this)!).add(listenerKey(type, fn, options));
    }
    return original.add.call(this, type, fn as EventListener, options as AddEventListenerOptions);
  };
  win.EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, fn: unknown, options?: unknown) {
    listening.get(this)?.delete(listenerKey(type, fn, options));
    return original.remove.call(this, type, fn as EventListener, options as EventListenerOptions);
  };

  return {
    pendingFrames: () => frames.size,
    framesRequested: () => requested,
    resetFrameCount: () => void (requested = 0),
    pendingTimers: () => timers.size,
    observedTargets: () => [...observed.values()].reduce((n, targets) => n + targets.size, 0),
    listeners: (where) => [...listening].filter(([target]) => where(target)).reduce((n, [, keys]) => n + keys.size, 0),
    restore() {
      Object.assign(win, {
        requestAnimationFrame: original.raf,
        cancelAnimationFrame: original.caf,
        setTimeout: original.setTimeout,
        clearTimeout: original.clearTimeout,
        setInterval: original.setInterval,
        clearInterval: original.clearInterval,
        ResizeObserver: original.ResizeObserver,
      });
      win.EventTarget.prototype.addEventListener = original.add;
      win.EventTarget.prototype.removeEventListener = original.remove;
    },
  };
}
