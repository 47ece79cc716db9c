const { preset, withInfrastructure } = require('../../jest.preset');

module.exports = {
  ...preset,
  ...withInfrastructure,
  displayName: 'verification',
  rootDir: __dirname,
};
