import { tileOrigin, webAppHeaders } from './serve-web-app';

describe("the web app's headers", () => {
  it('lets images load from the tile server of the map, subdomains included', () => {
    expect(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileOrigin('https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png')).toBe(
      'https://*.tiles.example.org:8443',
    );
    expect(webAppHeaders('https://tile.openstreetmap.org')['content-security-policy']).toContain(
      "img-src 'self' data: blob: https://tile.openstreetmap.org;",
    );
    expect(webAppHeaders()['content-security-policy']).toContain("img-src 'self' data: blob:;");
  });
});
