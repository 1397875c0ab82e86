// What an app ships to draw a force graph with this library: the library itself, all of it.
import ForceGraph from 'force-graph';
globalThis.lib = ForceGraph;
