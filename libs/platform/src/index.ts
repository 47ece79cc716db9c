export { createServiceApp } from './create-service-app';
export { ConfigError, loadConfig } from './load-config';
export { runService, ServiceDefinition, stopGracefullyOn } from './run-service';
export { pingKafka, redactUrl } from './wait-for-dependencies';
export { ServiceConfig } from './service-config';
export { serviceImports } from './service-imports';
export { MetricsController } from './metrics.controller';
export { ReadinessChecks } from './readiness-checks';
export { idempotencyKeyOf, keyReused, requestHash } from './idempotency-key';
export type { ReadinessProbe } from './readiness-checks';
export { logRequests, requestLogging } from './request-logging';
export { StatelessServiceConfig } from './stateless-service-config';
export { waitUntilReachable } from './wait-until-reachable';
export { TenantIdPipe } from './tenant-id.pipe';
export { UuidParamPipe } from './uuid-param.pipe';
export { P256KeySetting } from './pem-key-setting';
export { ActivityCodeKeySetting } from './activity-code-key-setting';
export { SERVICE_TOKEN } from './service-auth/service-token';
export type { Actor } from './service-auth/service-token';
export { ServiceTokenSigner } from './service-auth/service-token-signer';
export { ServiceTokenVerifier, ServiceTokenError } from './service-auth/service-token-verifier';
export { WithoutServiceToken } from './service-auth/without-service-token';
export { ActingPerson } from './service-auth/acting-person';
export { assertTenantAdmin, isTenantAdmin } from './service-auth/tenant-admin';
export { logSerializers } from './log-lines';
export { SERVICE_TOKEN_CHALLENGE } from './service-auth/service-token.guard';
export { BODY_SHAPE, jsonShapeProblem } from './json-shape';
export { Problem, problemDetails } from './problems/problem';
export { pathOf, sendProblem } from './problems/send-problem';
export { httpAdapter, HttpAdapterOptions } from './fastify-adapter';
export { requestIdOf } from './request-id';
export { ProblemDetailsFilter } from './problems/problem-details.filter';
export { fieldErrors, invalidFields, notKnown } from './problems/field-errors';
export { activeTraceIds } from './active-trace-ids';
export { flushSpans } from './flush-spans';
export {
  httpRequestDuration,
  httpRequests,
  measureRequests,
  RequestMetricsOptions,
} from './http-metrics';
export { logContext } from './request-logging';
