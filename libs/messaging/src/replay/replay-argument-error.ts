/**
 * A command-line argument or setting of the dead-letter replay is wrong, or names a topic or
 * partition that does not exist: the message says which, in one line. The command exits with 2.
 */
export class ReplayArgumentError extends Error {}
