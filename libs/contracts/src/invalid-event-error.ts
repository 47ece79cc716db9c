/** A message that is not a valid City Points event; the message names what is wrong. */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
}
