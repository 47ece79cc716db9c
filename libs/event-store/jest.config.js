const { preset, withInfrastructure } = require('../../jest.preset');

module.exports = {
  ...preset,
  ...withInfrastructure,
  displayName: 'event-store',
  rootDir: __dirname,
};
