import { Problem } from '@citypoints/platform';
import { tenantIdProblem } from '@citypoints/contracts';
import { isUUID } from 'class-validator';
import { API_PREFIX, GatewayRoute } from './gateway-route';

export interface MatchedRoute {
  route: GatewayRoute;
  params: Record<string, string>;
}

interface CompiledRoute {
  route: GatewayRoute;
  pattern: RegExp;
  names: string[];
}

/**
 * Finds the route of a request: 404 for an unknown path, 405 for a known path with another
 * method, 400 naming a path parameter that is not a tenant slug or a UUID. When routes with
 * fewer parameters match a path too, it is theirs alone, as a literal segment is more specific
 * than a parameter: `/activities/nearby` is not the activity `nearby`.
 */
export function routeMatcher(routes: readonly GatewayRoute[]) {
  const compiled = routes.map(compile);
  return (method: string, path: string): MatchedRoute => {
    const matching = compiled.flatMap(({ route, pattern, names }) => {
      const match = pattern.exec(path);
      return match ? [{ route, params: paramsOf(names, match) }] : [];
    });
    const fewest = Math.min(...matching.map(({ params }) => Object.keys(params).length));
    const found = matching.filter(({ params }) => Object.keys(params).length === fewest);
    if (found.length === 0) throw new Problem(404, `there is no ${path}`);
    const matched = found.find(({ route }) => route.method === method);
    if (!matched) {
      const allow = found.map(({ route }) => route.method).join(', ');
      throw new Problem(405, `${path} allows ${allow}`, undefined, { Allow: allow });
    }
    assertValidParams(matched.params);
    return matched;
  };
}

function compile(route: GatewayRoute): CompiledRoute {
  const names: string[] = [];
  // Literal characters stay literal: `poster.svg` matches no `poster-svg`.
  const literal = (API_PREFIX + route.path).replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  const source = literal.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}/?$`), names };
}

function paramsOf(names: string[], match: RegExpExecArray): Record<string, string> {
  return Object.fromEntries(names.map((name, i) => [name, safeDecode(match[i + 1])]));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function assertValidParams(params: Record<string, string>): void {
  const errors = Object.entries(params).flatMap(([field, value]) => {
    const message = paramProblem(field, value);
    return message ? [{ field, message }] : [];
  });
  if (errors.length > 0) {
    throw new Problem(400, errors.map((error) => error.message).join('; '), errors);
  }
}

function paramProblem(field: string, value: string): string | undefined {
  if (field === 'tenant') return tenantIdProblem(value, field);
  return isUUID(value) ? undefined : `${field} must be a UUID`;
}
