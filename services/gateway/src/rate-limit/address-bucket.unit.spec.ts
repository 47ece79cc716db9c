import { addressBucket } from './address-bucket';

describe('addressBucket', () => {
  it('counts two addresses of one /64 as one client, and another /64 apart', () => {
    const one = addressBucket('2001:db8:1:2::1', 64);
    expect(addressBucket('2001:db8:1:2:ffff:ab:cd:ef', 64)).toBe(one);
    expect(one).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8:1:3::1', 64)).not.toBe(one);
  });

  it('spells one network one way, whatever the case or zeros of the address', () => {
    expect(addressBucket('2001:0DB8:0001:0002:0000:0000:0000:0009', 64)).toBe('2001:db8:1:2::/64');
  });

  it('buckets by the configured prefix length', () => {
    expect(addressBucket('2001:db8:1:2::1', 48)).toBe(addressBucket('2001:db8:1:9::1', 48));
    expect(addressBucket('2001:db8:1:2::1', 128)).not.toBe(addressBucket('2001:db8:1:2::2', 128));
  });

  it('counts IPv4 per address, and an IPv4-mapped IPv6 address as its IPv4', () => {
    expect(addressBucket('203.0.113.7', 64)).toBe('203.0.113.7');
    expect(addressBucket('::ffff:203.0.113.7', 64)).toBe('203.0.113.7');
    expect(addressBucket('203.0.113.8', 64)).not.toBe('203.0.113.7');
  });

  it('drops the port a proxy wrote after the address, and the brackets of an IPv6 one', () => {
    expect(addressBucket('203.0.113.7:5678', 64)).toBe('203.0.113.7');
    expect(addressBucket('203.0.113.8:443', 64)).toBe('203.0.113.8');
    expect(addressBucket('[2001:db8:1:2::1]:443', 64)).toBe('2001:db8:1:2::/64');
    expect(addressBucket('[2001:db8:1:3::1]', 64)).toBe('2001:db8:1:3::/64');
    expect(addressBucket('[::ffff:203.0.113.9]:80', 64)).toBe('203.0.113.9');
    // Without brackets, the last group of an IPv6 address is not a port.
    expect(addressBucket('2001:db8:1:2::443', 128)).toBe('2001:db8:1:2::443/128');
  });

  it('puts what is not an address in one bucket of its own', () => {
    expect(addressBucket(undefined, 64)).toBe('unknown');
    expect(addressBucket('not-an-address', 64)).toBe('unknown');
    expect(addressBucket('203.0.113.7:port', 64)).toBe('unknown');
    expect(addressBucket('[203.0.113.7', 64)).toBe('unknown');
  });
});
