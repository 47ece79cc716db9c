const { testTiers } = require('../../jest.preset');

module.exports = testTiers('platform', __dirname);
