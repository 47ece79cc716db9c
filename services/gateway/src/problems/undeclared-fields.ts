/** The part of a DTO's JSON Schema (dtoSchema) that says which fields it declares. */
export interface DeclaredShape {
  properties?: Record<string, DeclaredShape>;
  items?: DeclaredShape;
}

/**
 * The fields of `input` that `shape` does not declare, named as paths
 * (`leaderboardBonuses.0.rank`), in every object the shape describes, lists included. Only own
 * keys are read, each as it came: names of Object.prototype's properties (`__proto__`,
 * `constructor`, `toString`, `valueOf`) are unknown like any other, whereas class-transformer
 * and class-validator look them up through the prototype and let them pass.
 */
export function undeclaredFields(shape: DeclaredShape, input: unknown, parent = ''): string[] {
  const path = (key: string) => (parent ? `${parent}.${key}` : key);
  if (Array.isArray(input)) {
    const { items } = shape;
    return items ? input.flatMap((item, i) => undeclaredFields(items, item, path(String(i)))) : [];
  }
  const { properties } = shape;
  if (typeof input !== 'object' || input === null || !properties) return [];
  return Object.keys(input).flatMap((key) =>
    Object.hasOwn(properties, key)
      ? undeclaredFields(properties[key], (input as Record<string, unknown>)[key], path(key))
      : [path(key)],
  );
}
