import { fieldErrors, invalidFields, notKnown, Problem } from '@citypoints/platform';
import { Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { dtoSchema } from '../openapi/dto-schema';
import { DeclaredShape, undeclaredFields } from './undeclared-fields';

const NOTHING: DeclaredShape = { properties: {} };
const shapes = new Map<Type, DeclaredShape>();

/**
 * Checks a request body or query against its DTO: wrong types, missing and unknown fields are
 * refused with 400, each named. Without a DTO, nothing may be sent. Unknown fields are found
 * on the input as it came, against the fields the DTO declares (its schema, as the OpenAPI
 * document publishes it), before class-transformer reads it.
 */
export async function validateInput(
  dto: Type | undefined,
  input: unknown,
  what: 'body' | 'query',
): Promise<Record<string, unknown>> {
  if (input === undefined) input = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new Problem(400, `the ${what} must be a JSON object`);
  }
  const unknown = undeclaredFields(dto ? shapeOf(dto) : NOTHING, input).map((field) => ({
    field,
    message: notKnown(field),
  }));
  if (unknown.length > 0) throw invalidFields(unknown);
  if (!dto) return {};
  const instance = plainToInstance(dto, input) as object;
  const refused = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  const errors = fieldErrors(refused);
  if (errors.length > 0) throw invalidFields(errors);
  return { ...instance } as Record<string, unknown>;
}

function shapeOf(dto: Type): DeclaredShape {
  let shape = shapes.get(dto);
  if (!shape) shapes.set(dto, (shape = dtoSchema(dto) as DeclaredShape));
  return shape;
}
