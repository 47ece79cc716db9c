import { Type } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';

type Schema = Record<string, unknown>;

const PRIMITIVES = new Map<unknown, string>([
  [String, 'string'],
  [Number, 'number'],
  [Boolean, 'boolean'],
]);

/**
 * The JSON Schema of a DTO from its @ApiProperty decorators, the ones Nest's Swagger module
 * reads; the gateway builds its document from the route table instead of from controllers.
 * The object is closed (`additionalProperties: false`): requests with unknown fields are
 * refused, and answers are described field by field. A DTO nested in another is described by
 * `nestedSchema`, inline unless the caller makes it a reference.
 */
export function dtoSchema(dto: Type, nestedSchema: (dto: Type) => Schema = dtoSchema): Schema {
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
    const given = type ?? Reflect.getMetadata('design:type', prototype, name);
    // TypeScript records a union such as `string | null` as Object, which says nothing.
    if (given === Object) throw new Error(`${dto.name}.${name} must name its type in @ApiProperty`);
    const nested = typeof given === 'function' && !PRIMITIVES.has(given);
    const itemType = typeof given === 'string' ? given : (PRIMITIVES.get(given) ?? 'string');
    const schema = nested
      ? { ...nestedSchema(given as Type), ...rest }
      : { type: nullable ? [itemType, 'null'] : itemType, ...rest };
    properties[name] = isArray ? { type: 'array', items: schema } : schema;
    if (isRequired) required.push(name);
  }
  return {
    type: 'object',
    properties,
    ...(required.length > 0 && { required }),
    additionalProperties: false,
  };
}
