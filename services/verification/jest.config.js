const { testTiers } = require('../../jest.preset');

module.exports = testTiers('verification', __dirname);
