const { testTiers } = require('../../jest.preset');

module.exports = testTiers('identity', __dirname);
