// Registers every element of the package, for `@relmap/map`; each entry point registers its own element once.
import './relationship-map.ts';
import './relationship-detail.ts';
import './relationship-table.ts';
import './relationship-compare.ts';
