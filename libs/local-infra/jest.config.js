const { testTiers } = require('../../jest.preset');

module.exports = testTiers('local-infra', __dirname);
