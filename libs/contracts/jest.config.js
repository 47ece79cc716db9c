const { testTiers } = require('../../jest.preset');

module.exports = testTiers('contracts', __dirname);
