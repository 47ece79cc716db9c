import { ValidationArguments, ValidationOptions } from 'class-validator';
import { MAX_POINTS } from '../fields/points';

// Events word a refused amount as they always have: dead-letter reasons are searched by it.
const positive = ({ property, value }: ValidationArguments) =>
  typeof value === 'number' && value > MAX_POINTS
    ? `${property} must be at most ${MAX_POINTS}`
    : `${property} must be a positive integer`;

const signed = ({ property, value }: ValidationArguments) =>
  value === 0
    ? `${property} should not be equal to 0`
    : `${property} must be an integer from -${MAX_POINTS} to ${MAX_POINTS}`;

/** The wording of IsPoints() in an event: `points must be a positive integer`. */
export const EVENT_POINTS: ValidationOptions = { message: positive };

/** The wording of IsPoints('signed') in an event: `points should not be equal to 0`. */
export const EVENT_SIGNED_POINTS: ValidationOptions = { message: signed };
