/** Postgres refused a row because it would repeat a unique key (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const failure = error as { code?: string; driverError?: { code?: string } };
  return (failure.driverError?.code ?? failure.code) === '23505';
}
