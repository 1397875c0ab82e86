import { DataSet, Network } from 'vis-network/standalone';
globalThis.lib = { DataSet, Network };
