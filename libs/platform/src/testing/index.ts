// Test support for services built on the platform: their app in the test process, calls to
// their internal API with a service token, and a tenant of a running cluster with its people.
// Imported as @citypoints/platform/testing.
export { callJson, JsonCall } from './call-json';
export { internalApi, serviceAuthorization } from './internal-api';
export { startTestApp, TestApp } from './start-test-app';
export { BEACH, Member, Town, TOWN_PASSWORD } from './town';
