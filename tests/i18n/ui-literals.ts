import { parse } from '@babel/parser';

/** Props whose value a person reads or hears (visible text or accessible name/description). */
export const textProps = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
  'caption',
  'empty',
  'heading',
  'legend',
  'summary',
  'confirmLabel',
  'submitLabel',
  'notesLabel',
  'what',
]);

/**
 * Literals that are not language (allowed in components): letters-free text like "—", "×", "·", "…" passes
 * anyway; these few contain letters but read the same in every language Rounds speaks.
 */
export const allowedLiterals = new Set<string>([]);

const hasLetters = (s: string) => /\p{L}/u.test(s) && !allowedLiterals.has(s.trim());

interface Node {
  type: string;
  loc?: { start: { line: number } };
  [key: string]: unknown;
}
const isNode = (x: unknown): x is Node => !!x && typeof x === 'object' && typeof (x as Node).type === 'string';

/** A literal a person would read, written in a component instead of the catalogue. */
export interface Finding {
  line: number;
  text: string;
}

/** Finds user-visible string literals in a .tsx source: JSX text, text props, and strings rendered as children. */
export function findUiLiterals(source: string): Finding[] {
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const found: Finding[] = [];
  const add = (n: Node, text: string) => found.push({ line: n.loc?.start.line ?? 0, text: text.trim() });
  // Strings a JSX child or text prop evaluates to: directly, or through ?:, && and ||.
  const rendered = (e: unknown): void => {
    if (!isNode(e)) return;
    if (e.type === 'StringLiteral' && hasLetters(String(e.value))) add(e, String(e.value));
    else if (e.type === 'TemplateLiteral') {
      const quasis = e.quasis as { value: { cooked: string } }[];
      const text = quasis.map((q) => q.value.cooked).join('…');
      if (hasLetters(text)) add(e, text);
      for (const x of e.expressions as unknown[]) rendered(x);
    } else if (e.type === 'ConditionalExpression') {
      rendered(e.consequent);
      rendered(e.alternate);
    } else if (e.type === 'LogicalExpression') {
      rendered(e.left);
      rendered(e.right);
    }
  };
  const visit = (node: unknown, parent: Node | null): void => {
    if (!isNode(node)) return;
    if (node.type === 'JSXText' && hasLetters(String(node.value))) add(node, String(node.value));
    if (node.type === 'JSXAttribute') {
      const name = (node.name as Node).name;
      if (typeof name === 'string' && textProps.has(name)) {
        const value = node.value as Node | null;
        if (value?.type === 'StringLiteral') rendered(value);
        if (value?.type === 'JSXExpressionContainer') rendered(value.expression);
      }
    }
    if (node.type === 'JSXExpressionContainer' && (parent?.type === 'JSXElement' || parent?.type === 'JSXFragment')) {
      rendered(node.expression);
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'loc' || key === 'extra') continue;
      if (Array.isArray(child)) for (const c of child) visit(c, node);
      else visit(child, node);
    }
  };
  visit(ast.program, null);
  return found;
}
