const { testTiers } = require('../../jest.preset');

module.exports = testTiers('rewards', __dirname);
