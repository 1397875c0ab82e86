/// <reference types="@vitest/browser-playwright" />
import { cdp } from 'vitest/browser';

/** One node of the browser's accessibility tree, as assistive technology receives it. */
export interface AxNode {
  /** The computed role, such as `button`, `application`, `status` or `StaticText`. */
  readonly role: string;
  /** The computed accessible name. */
  readonly name: string;
  /** The computed accessible description. */
  readonly description: string;
  /** States and properties (`pressed`, `live`, `disabled`, `keyshortcuts`...), by name. */
  readonly properties: Readonly<Record<string, unknown>>;
  /** Children that are not ignored, in order. */
  readonly children: readonly AxNode[];
}

interface RawNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
}

interface FrameTree {
  frame: { id: string; name?: string };
  childFrames?: FrameTree[];
}

/**
 * The accessibility tree that Chromium computes for the test's own frame and hands to screen readers (through
 * the Chrome DevTools Protocol): roles, names, descriptions and states after the browser has resolved ARIA,
 * shadow roots, labels and hidden content. Ignored nodes are left out and their children lifted up.
 */
export async function accessibilityTree(): Promise<AxNode> {
  const { frameTree } = (await cdp().send('Page.getFrameTree', {})) as { frameTree: FrameTree };
  const frame = frameTree.childFrames?.find((f) => f.frame.name === 'vitest-iframe') ?? frameTree;
  const { nodes } = (await cdp().send('Accessibility.getFullAXTree', { frameId: frame.frame.id })) as { nodes: RawNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const build = (raw: RawNode): AxNode[] => {
    const children = (raw.childIds ?? []).flatMap((id) => {
      const child = byId.get(id);
      return child ? build(child) : [];
    });
    if (raw.ignored) return children;
    const properties = Object.fromEntries((raw.properties ?? []).map((p) => [p.name, p.value.value]));
    return [{ role: raw.role?.value ?? '', name: raw.name?.value ?? '', description: raw.description?.value ?? '', properties, children }];
  };
  const [root] = build(nodes[0]!);
  if (!root) throw new Error('The frame has no accessibility tree.');
  return root;
}

/** Every node below `root` (itself included) that matches. */
export function findAll(root: AxNode, match: (node: AxNode) => boolean): AxNode[] {
  const out: AxNode[] = [];
  const walk = (node: AxNode): void => {
    if (match(node)) out.push(node);
    node.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** The one node that matches, or an error naming what was looked for. */
export function findOne(root: AxNode, match: (node: AxNode) => boolean, what: string): AxNode {
  const found = findAll(root, match);
  if (found.length !== 1) throw new Error(`Expected one ${what} in the accessibility tree, found ${found.length}.`);
  return found[0]!;
}

/** All the text a node exposes: its name and its descendants' names, as a screen reader reading it through would. */
export function spokenText(node: AxNode): string {
  return [node.name, node.description, ...node.children.map(spokenText)].filter(Boolean).join(' ');
}
