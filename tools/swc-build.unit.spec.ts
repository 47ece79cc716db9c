import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

describe('the build (swc-build.json)', () => {
  it('rewrites every @citypoints/* import as the type checker resolves it', () => {
    const { jsc } = json('swc-build.json');
    const { compilerOptions } = json('tsconfig.base.json');
    expect(jsc.paths).toEqual(compilerOptions.paths);
    expect(jsc.baseUrl).toBe(compilerOptions.baseUrl);
  });

  it('keeps the decorator metadata Nest injects by', () => {
    const { jsc } = json('swc-build.json');
    expect(jsc.transform).toEqual({ legacyDecorator: true, decoratorMetadata: true });
  });
});
