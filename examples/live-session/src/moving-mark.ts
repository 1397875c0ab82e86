/** Something with a map's highlight: the map itself, or its editing session. */
interface Highlightable {
  highlight: readonly string[];
}

/**
 * Marks the person someone on the other device is dragging with the map's highlight halo, and takes the mark away
 * when they stop: what was highlighted before comes back, unless someone else has changed the highlight since, in
 * which case that is theirs and stays. Returns the function to call with whom they are dragging now.
 */
export function movingMark(map: Highlightable): (id: string | undefined) => void {
  let own: string | undefined;
  let before: readonly string[] = [];
  return (id) => {
    if (id === own) return;
    const ours = own !== undefined && map.highlight.length === 1 && map.highlight[0] === own;
    if (own === undefined || !ours) before = map.highlight;
    own = id;
    if (id !== undefined) map.highlight = [id];
    else if (ours) map.highlight = before;
  };
}
