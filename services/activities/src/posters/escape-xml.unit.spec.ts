import { escapeXml } from './escape-xml';

describe('escapeXml', () => {
  it('turns markup into text', () => {
    expect(escapeXml(`<script>alert('x')</script>`)).toBe(
      '&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;',
    );
  });

  it('escapes ampersands once, and quotes for attributes', () => {
    expect(escapeXml('Tom & "Jerry" &amp;')).toBe('Tom &amp; &quot;Jerry&quot; &amp;amp;');
  });

  it('leaves other text as it is', () => {
    expect(escapeXml('Strandstädning · Limpeza 🌊')).toBe('Strandstädning · Limpeza 🌊');
  });
});
