const { testTiers } = require('../../jest.preset');

module.exports = testTiers('web', __dirname);
