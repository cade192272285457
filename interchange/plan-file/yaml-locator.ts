import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** A place in the parsed file: map keys and 0-based list positions. */
export type PlanPath = readonly (string | number)[];

/** `['tasks', 2, 'after', 0, 'lag']` → `tasks[2].after[0].lag`. */
export function fieldName(path: PlanPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** Ajv's instancePath (`/tasks/2/after/0`) → path segments; list positions become numbers. */
export function pathOfPointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * Finds the YAML line (1-based) of a path in the document: the line of the key
 * for a map entry (where the reader's eye goes), the item's first line for a
 * list item. A path that goes further than the document (a missing field) gets
 * the line of the deepest part that exists.
 */
export class YamlLocator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  private lineAt(offset: number): number {
    return this.lines.linePos(offset).line;
  }

  line(path: PlanPath): number {
    let node: unknown = this.doc.contents;
    let line = node && (node as Node).range ? this.lineAt((node as Node).range![0]) : 1;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) =>
            isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!pair) return line;
        const key = pair.key as Node;
        if (key.range) line = this.lineAt(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) return line;
        if (item.range) line = this.lineAt(item.range[0]);
        node = item;
      } else {
        return line;
      }
    }
    return line;
  }
}
