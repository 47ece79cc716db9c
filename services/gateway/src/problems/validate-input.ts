import { Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { dtoSchema } from '../openapi/dto-schema';
import { FieldError, Problem } from './problem';
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
  if (unknown.length > 0) throw invalid(unknown);
  if (!dto) return {};
  const instance = plainToInstance(dto, input) as object;
  const errors = (
    await validate(instance, { whitelist: true, forbidNonWhitelisted: true })
  ).flatMap((error) => fieldErrors(error, ''));
  if (errors.length > 0) throw invalid(errors);
  return { ...instance } as Record<string, unknown>;
}

function shapeOf(dto: Type): DeclaredShape {
  let shape = shapes.get(dto);
  if (!shape) shapes.set(dto, (shape = dtoSchema(dto) as DeclaredShape));
  return shape;
}

function fieldErrors(error: ValidationError, parent: string): FieldError[] {
  const field = parent ? `${parent}.${error.property}` : error.property;
  const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
    field,
    message: constraint === 'whitelistValidation' ? notKnown(field) : message,
  }));
  return [...own, ...(error.children ?? []).flatMap((child) => fieldErrors(child, field))];
}

function notKnown(field: string): string {
  return `${field} is not a known field`;
}

function invalid(errors: FieldError[]): Problem {
  return new Problem(400, errors.map((error) => error.message).join('; '), errors);
}
