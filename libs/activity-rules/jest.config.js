const { testTiers } = require('../../jest.preset');

module.exports = testTiers('activity-rules', __dirname);
