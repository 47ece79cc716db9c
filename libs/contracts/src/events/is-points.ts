import { IsInt, Max, Min } from 'class-validator';

/** A cap on one credit, so that a bug or a forged message cannot mint a fortune. */
export const MAX_POINTS = 1_000_000;

/** Points credited at once: a positive integer up to MAX_POINTS. */
export function IsPoints(): PropertyDecorator {
  const message = '$property must be a positive integer';
  const decorators = [
    IsInt({ message }),
    Min(1, { message }),
    Max(MAX_POINTS, { message: `$property must be at most ${MAX_POINTS}` }),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}
