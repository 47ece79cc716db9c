import { Type } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';

type Schema = Record<string, unknown>;

const PRIMITIVES = new Map<unknown, string>([
  [String, 'string'],
  [Number, 'number'],
  [Boolean, 'boolean'],
  [Object, 'object'],
]);

/**
 * The JSON Schema of a DTO from its @ApiProperty decorators, the ones Nest's Swagger module
 * reads; the gateway builds its document from the route table instead of from controllers.
 */
export function dtoSchema(dto: Type): Schema {
  const prototype = dto.prototype as object;
  const names = (
    (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, prototype) ?? []) as string[]
  ).map((name) => name.replace(/^:/, ''));
  const required: string[] = [];
  const properties: Record<string, Schema> = {};
  for (const name of [...new Set(names)]) {
    const {
      required: isRequired = true,
      type,
      isArray,
      nullable,
      ...rest
    } = (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, prototype, name) ?? {}) as Schema;
    const designType = Reflect.getMetadata('design:type', prototype, name);
    const given = type ?? designType;
    const nested = typeof given === 'function' && !PRIMITIVES.has(given);
    const itemType = typeof given === 'string' ? given : (PRIMITIVES.get(given) ?? 'string');
    const schema = nested
      ? dtoSchema(given as Type)
      : { type: nullable ? [itemType, 'null'] : itemType, ...rest };
    properties[name] = isArray ? { type: 'array', items: schema } : schema;
    if (isRequired) required.push(name);
  }
  return { type: 'object', properties, ...(required.length > 0 && { required }) };
}
