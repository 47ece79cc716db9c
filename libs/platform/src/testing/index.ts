// Test support for services built on the platform: their app in the test process, and calls to
// their internal API with a service token. Imported as @citypoints/platform/testing.
export { internalApi, serviceAuthorization } from './internal-api';
export { startTestApp, TestApp } from './start-test-app';
