/**
 * The in-page half of the browser benchmark. A page bundles this with one adapter and exposes `window.bench`,
 * which the runner (run.mjs) drives through playwright-core. Every library is measured by the same code here.
 *
 * An adapter is `{ prepare(graph), mount(container, prepared, onStable), point(handle, id), unmount(handle) }`:
 * `prepare` turns the shared graph into the library's own input (not timed), `mount` starts drawing and calls
 * `onStable` once when the library says its layout is at rest, `point` gives a node's centre in client pixels,
 * and `unmount` tears everything down with the library's own API.
 */
import { benchGraph } from './graph.js';

const FIRST_FRAMES_MS = 2000;

/** The 95th percentile of a list of numbers (nearest rank). */
export function p95(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
}

function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Records the intervals between animation frames until `stop()` is called. */
function frameRecorder() {
  const intervals = [];
  let last = performance.now();
  let running = true;
  const loop = (now) => {
    if (!running) return;
    intervals.push(now - last);
    last = now;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  return {
    stop() {
      running = false;
      return intervals;
    },
  };
}

const longTasks = [];
if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
}

/** Installs `window.bench` for one adapter. */
export function install(adapter) {
  const container = document.getElementById('stage');
  let prepared;
  let handle;
  let drag;

  window.bench = {
    name: adapter.name,

    /** Builds the graph of `n` people and the library's input for it; not timed. */
    prepare(n) {
      prepared = adapter.prepare(benchGraph(n));
      return true;
    },

    /**
     * Mounts the prepared graph and measures: time to the library's own "stable" signal, the frame intervals in
     * the first two seconds, and the long tasks (over 50 ms) on the main thread until stable.
     */
    async mount(timeoutMs) {
      await nextFrame();
      longTasks.length = 0;
      const frames = frameRecorder();
      const t0 = performance.now();
      let stableAt = null;
      const stable = new Promise((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        handle = adapter.mount(container, prepared, () => {
          if (stableAt === null) stableAt = performance.now();
          clearTimeout(timer);
          resolve();
        });
      });
      const mountedAt = performance.now();
      await Promise.all([stable, new Promise((resolve) => setTimeout(resolve, FIRST_FRAMES_MS))]);
      const intervals = frames.stop();
      // Frame intervals of the first two seconds only, counted from the hand-over.
      let elapsed = 0;
      const first = [];
      for (const i of intervals) {
        if (elapsed >= FIRST_FRAMES_MS) break;
        first.push(i);
        elapsed += i;
      }
      const until = stableAt ?? performance.now();
      const tasks = longTasks.filter((t) => t.startTime + t.duration >= t0 && t.startTime <= until);
      return {
        stableMs: stableAt === null ? null : stableAt - t0,
        syncMountMs: mountedAt - t0,
        frames: first.length,
        frameP95: p95(first),
        frameMax: first.length ? Math.max(...first) : null,
        longestTask: tasks.length ? Math.max(...tasks.map((t) => t.duration)) : 0,
        tasksOver50: tasks.length,
      };
    },

    /** The centre of a node in client pixels, for the runner's scripted drag. */
    point(id) {
      return adapter.point ? adapter.point(handle, id) : null;
    },

    /** Starts recording frame intervals (around a scripted drag). */
    startFrames() {
      drag = frameRecorder();
      longTasks.length = 0;
      return true;
    },

    /** Stops recording and summarises the intervals. */
    stopFrames() {
      const intervals = drag.stop().slice(1);
      return {
        frames: intervals.length,
        frameP95: p95(intervals),
        frameMax: intervals.length ? Math.max(...intervals) : null,
        longestTask: longTasks.length ? Math.max(...longTasks.map((t) => t.duration)) : 0,
      };
    },

    unmount() {
      adapter.unmount(handle);
      handle = undefined;
      return true;
    },

    /** `count` mount/unmount cycles, each drawing for two frames: the heap test. */
    async cycles(count) {
      for (let i = 0; i < count; i++) {
        handle = adapter.mount(container, prepared, () => {});
        await nextFrame();
        await nextFrame();
        adapter.unmount(handle);
        handle = undefined;
      }
      await nextFrame();
      return true;
    },
  };
}
