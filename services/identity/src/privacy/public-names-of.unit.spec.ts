import { publicNamesOf } from './public-names-of';

describe('publicNamesOf', () => {
  const [ana, bea, carla, nobody] = [
    '0194f1de-0000-7000-8000-00000000000a',
    '0194f1de-0000-7000-8000-00000000000b',
    '0194f1de-0000-7000-8000-00000000000c',
    '0194f1de-0000-7000-8000-00000000000d',
  ];

  it('names each person only as they consented', () => {
    const found = [
      { userId: ana, visibility: 'public' as const, displayName: 'Ana Silva', nickname: null },
      { userId: bea, visibility: 'nickname' as const, displayName: 'Bea Real', nickname: 'surf' },
    ];
    expect(publicNamesOf([ana, bea], found)).toEqual({ [ana]: 'Ana Silva', [bea]: 'surf' });
  });

  it('answers the hidden, the erased and the unknown alike with null', () => {
    const found = [
      { userId: ana, visibility: 'hidden' as const, displayName: 'Ana Silva', nickname: null },
      { userId: carla, visibility: 'hidden' as const, displayName: null, nickname: null },
    ];
    expect(publicNamesOf([ana, carla, nobody], found)).toEqual({
      [ana]: null,
      [carla]: null,
      [nobody]: null,
    });
  });

  it('answers nothing for no ids', () => {
    expect(publicNamesOf([], [])).toEqual({});
  });
});
