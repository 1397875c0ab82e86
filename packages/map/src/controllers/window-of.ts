/**
 * The window an element lives in, or `null` where there is none: on a server, Lit's DOM shim gives elements no
 * `ownerDocument`, so a controller made while `@lit-labs/ssr` renders the element must not assume one.
 */
export function windowOf(element: Element): (Window & typeof globalThis) | null {
  return (element.ownerDocument as Document | undefined)?.defaultView ?? null;
}
