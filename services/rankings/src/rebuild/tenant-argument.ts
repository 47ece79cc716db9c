/** The tenant of `--tenant <id>`, or undefined (every tenant); throws on any other argument. */
export function tenantArgument(args: readonly string[]): string | undefined {
  if (args.length === 0) return undefined;
  if (args.length === 2 && args[0] === '--tenant' && args[1]) return args[1];
  throw new Error('usage: npm run rankings:rebuild -- [--tenant <id>]');
}
