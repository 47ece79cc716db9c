const { testTiers } = require('../../jest.preset');

module.exports = testTiers('cluster', __dirname);
