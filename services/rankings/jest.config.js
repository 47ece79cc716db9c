const { testTiers } = require('../../jest.preset');

module.exports = testTiers('rankings', __dirname);
