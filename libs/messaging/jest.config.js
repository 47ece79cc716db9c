const { testTiers } = require('../../jest.preset');

module.exports = testTiers('messaging', __dirname);
