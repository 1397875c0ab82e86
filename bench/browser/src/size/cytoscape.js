import cytoscape from 'cytoscape';
globalThis.lib = cytoscape;
