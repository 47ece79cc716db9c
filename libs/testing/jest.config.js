const { testTiers } = require('../../jest.preset');

module.exports = testTiers('testing', __dirname);
