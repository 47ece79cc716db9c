/** How deep and how large a request body may be: far above any DTO, far below a stack. */
export const BODY_SHAPE = { depth: 10, members: 1000 };

/**
 * Why a parsed JSON body is deeper than `depth` levels (the body itself is level 1) or holds
 * more than `members` fields and list items in all, or undefined when it is neither. The walk
 * is iterative and stops at the first excess, so a body nested 30,000 levels deep is refused
 * before class-transformer or class-validator recurse into it.
 */
export function jsonShapeProblem(
  body: unknown,
  { depth, members } = BODY_SHAPE,
): string | undefined {
  const pending: [unknown, number][] = [[body, 1]];
  let seen = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, level] = next;
    if (typeof value !== 'object' || value === null) continue;
    if (level > depth) return `the body must be nested at most ${depth} levels deep`;
    const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
    seen += children.length;
    if (seen > members) return `the body must hold at most ${members} fields and list items`;
    for (const child of children) pending.push([child, level + 1]);
  }
  return undefined;
}
