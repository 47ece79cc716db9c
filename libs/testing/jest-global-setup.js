// Jest loads global setup outside its module registry, so moduleNameMapper does not apply
// there: map the workspace's @citypoints/* aliases for Node's resolver instead.
const { register } = require('tsconfig-paths');
const { compilerOptions } = require('../../tsconfig.base.json');

register({ baseUrl: require('node:path').join(__dirname, '../..'), paths: compilerOptions.paths });

module.exports = require('./src/global-setup').default;
