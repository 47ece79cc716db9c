const { testTiers } = require('../../jest.preset');

module.exports = testTiers('public-api', __dirname);
