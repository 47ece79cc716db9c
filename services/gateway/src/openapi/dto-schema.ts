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
      ? { ...nullableIf(nullable === true, nestedSchema(given as Type)), ...rest }
      : { type: nullable ? [itemType, 'null'] : itemType, ...exclusiveBounds(rest) };
    // An enum list comes from Swagger's metadata as an array schema already.
    properties[name] = isArray && type !== 'array' ? { type: 'array', items: schema } : schema;
    if (isRequired) required.push(name);
  }
  return {
    type: 'object',
    properties,
    ...(required.length > 0 && { required }),
    additionalProperties: false,
  };
}

/** A nested object's schema, or null too when it may be null (a standing's entry). */
function nullableIf(nullable: boolean, schema: Schema): Schema {
  return nullable ? { anyOf: [schema, { type: 'null' }] } : schema;
}

/**
 * Bounds as JSON Schema 2020-12 (OpenAPI 3.1) writes them: Swagger's decorators follow OpenAPI
 * 3.0, where `exclusiveMinimum: true` makes `minimum` exclusive; 3.1 gives the bound itself.
 */
function exclusiveBounds(property: Schema): Schema {
  const { exclusiveMinimum, exclusiveMaximum, ...rest } = property;
  const schema: Schema = { ...rest };
  if (exclusiveMinimum === true) {
    schema.exclusiveMinimum = schema.minimum;
    delete schema.minimum;
  } else if (exclusiveMinimum !== undefined && exclusiveMinimum !== false) {
    schema.exclusiveMinimum = exclusiveMinimum;
  }
  if (exclusiveMaximum === true) {
    schema.exclusiveMaximum = schema.maximum;
    delete schema.maximum;
  } else if (exclusiveMaximum !== undefined && exclusiveMaximum !== false) {
    schema.exclusiveMaximum = exclusiveMaximum;
  }
  return schema;
}
