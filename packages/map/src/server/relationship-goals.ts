/**
 * `@relmap/map/relationship-goals` for a runtime without a DOM that resolves the `browser` condition (edge and
 * worker runtimes, Node with `--conditions=browser`): the same module, loaded between DOM stand-ins so that
 * importing it does not throw. Elements are not registered there (there is no `customElements`); the browser
 * registers them.
 */
import './dom-stand-ins.ts';
export * from '../relationship-goals.ts';
import './dom-stand-ins-removed.ts';
