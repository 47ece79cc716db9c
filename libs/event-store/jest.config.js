const { testTiers } = require('../../jest.preset');

module.exports = testTiers('event-store', __dirname);
