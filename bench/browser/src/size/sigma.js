import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
globalThis.lib = { Graph, forceAtlas2, Sigma };
