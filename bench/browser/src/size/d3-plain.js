// The baseline as shipped: the d3-force adapter of the benchmark (forces, SVG drawing, drag), nothing else.
import adapter from '../adapters/d3-plain.js';
globalThis.lib = adapter;
