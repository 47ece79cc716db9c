const { testTiers } = require('../jest.preset');

module.exports = testTiers('tools', __dirname);
