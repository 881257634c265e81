/**
 * The unit a file belongs to, for rules between folders: a top-level folder, or one level deeper for the
 * folders that group contexts and capabilities (entrypoints/sidebar, features/names, components/directory, dev/bench).
 */
const grouped = new Set(['entrypoints', 'features', 'components', 'dev']);

export function unitOf(file: string): string {
  const parts = file.split('/');
  if (parts.length === 1) return '.';
  const top = parts[0] ?? '.';
  if (grouped.has(top) && parts.length > 2) return `${top}/${parts[1]}`;
  return top;
}

/** Every cycle in a directed graph of units, each as the path around it (Tarjan's strongly connected components). */
export function unitCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, indexOf.get(w) ?? 0));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!indexOf.has(v)) visit(v);
  return components;
}
