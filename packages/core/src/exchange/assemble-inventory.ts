import type { ValidationIssue } from '../errors.ts';
import { parseInventory } from '../document/parse-inventory.ts';
import { CURRENT_VERSION, SCHEMA, defaultRingLabels } from '../model.ts';
import { outermostRing, unflattenPerson, unflattenPersonTie } from './flat-records.ts';
import type { ImportResult } from './options.ts';

/** The parts of an imported document besides its people and ties, as the file gave them. */
export interface AssemblyTop {
  /** The client's label; empty for the default, "Client". */
  readonly clientLabel: string;
  /** The ring count the file states (possibly not a valid one), or `undefined` to fit the people's rings. */
  readonly rings: number | undefined;
  /** The file's ring labels for a ring count, or `undefined` for the default labels. */
  readonly ringLabels: (rings: number) => readonly string[] | undefined;
  /** Whether people gather in sectors, as read (text that is not a boolean is passed on for the check to name). */
  readonly sectors: unknown;
  /** The remembered ring radii for a ring count, if the file has them. */
  readonly ringRadii?: (rings: number) => { ringRadii?: unknown[] };
}

/**
 * One imported document as it is put together, shared by every importer (CSV, GraphML, FHIR): the people and ties
 * read so far, the references between the input's own ids and the people's ids, and every problem found, each
 * with its path into the input. `finish` then checks the whole document once with `parseInventory`, so that an
 * import reports every problem and returns either a valid inventory or none (docs/exchange-formats.md).
 */
export class InventoryAssembly {
  /** Problems found in the input, with paths into it (`people.3.networkCanvasUUID`, `graphml.node.2`). */
  readonly errors: ValidationIssue[] = [];
  /** People by id, as plain data; a ring of 0 means the outermost ring, once the ring count is known. */
  readonly people: Map<string, Record<string, unknown>> = new Map();
  /** Ties between people by id, as plain data. */
  readonly ties: Map<string, Record<string, unknown>> = new Map();
  private readonly references = new Map<string, string>();

  /** Records a problem at a path into the input. */
  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** Adds a person from a flat record (see `unflattenPerson`), with no ring of their own yet unless the file has one. */
  addPerson(id: string, cell: (name: string) => string): Record<string, unknown> {
    const person = unflattenPerson(id, cell, { ring: 0 });
    this.people.set(id, person);
    return person;
  }

  /** Adds a tie between two people from a flat record (see `unflattenPersonTie`). */
  addTie(id: string, a: string, b: string, cell: (name: string) => string): void {
    this.ties.set(id, unflattenPersonTie(id, a, b, cell));
  }

  /** Notes that the input calls a person by another id of its own (a CSV `nodeID`, a FHIR resource id). */
  refer(reference: string, id: string): void {
    this.references.set(reference, id);
  }

  /** The person's id an input reference stands for, if any. */
  resolve(reference: string): string | undefined {
    return this.references.get(reference);
  }

  /**
   * The finished import: the problems found, if any; otherwise the document put together (people without a ring
   * on the outermost one) and checked in full by `parseInventory`, whose problems name paths into the inventory.
   */
  finish(top: AssemblyTop): ImportResult {
    if (this.errors.length > 0) return { ok: false, errors: this.errors };
    // A file from another tool carries no rings: such people go on the outermost ring of the map.
    const rings = top.rings ?? outermostRing(this.people.values(), 3);
    for (const person of this.people.values()) {
      const tie = person['tie'] as Record<string, unknown>;
      if (tie['ring'] === 0) tie['ring'] = rings;
    }
    return parseInventory({
      schema: SCHEMA,
      version: CURRENT_VERSION,
      client: { label: top.clientLabel || 'Client' },
      settings: {
        rings,
        ringLabels: top.ringLabels(rings) ?? defaultRingLabels(rings),
        sectors: top.sectors,
        ...top.ringRadii?.(rings),
      },
      people: Object.fromEntries(this.people),
      ties: Object.fromEntries(this.ties),
      events: {},
      focus: {},
      goals: {},
    });
  }
}

/** The ring labels of a file's `ringLabel1` to `ringLabel5` cells, as many as there are rings. */
export function ringLabelCells(cell: (name: string) => string, rings: number): string[] {
  return [1, 2, 3, 4, 5].map((n) => cell(`ringLabel${n}`)).slice(0, Number.isInteger(rings) ? rings : 0);
}

/** A `sectors` cell: `true`, or `false` when empty; other text is passed on for the check to name. */
export function sectorsCell(text: string): unknown {
  return text === 'true' ? true : text === '' || text === 'false' ? false : text;
}
