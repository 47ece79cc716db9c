const { testTiers } = require('../../jest.preset');

module.exports = testTiers('activities', __dirname);
