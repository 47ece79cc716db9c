// CRC-64/Jones as Redis computes it (src/crc64.c): polynomial 0xad93d23594c935a9, reflected
// in and out, initial value 0, no final xor; its check value, of "123456789", is
// 0xe9c6d914c4b8d9ca. Kept in two 32-bit halves, so that it runs on plain numbers, not BigInt.
const REFLECTED = 0x95ac9329ac4bc9b5n;

// Slicing by 4: table k holds the CRC of a byte followed by k zero bytes, low and high halves.
const SLICES = 4;
const LOW = Array.from({ length: SLICES }, () => new Uint32Array(256));
const HIGH = Array.from({ length: SLICES }, () => new Uint32Array(256));
for (let byte = 0; byte < 256; byte++) {
  let crc = BigInt(byte);
  for (let bit = 0; bit < 8; bit++) crc = crc & 1n ? (crc >> 1n) ^ REFLECTED : crc >> 1n;
  LOW[0][byte] = Number(crc & 0xffffffffn);
  HIGH[0][byte] = Number(crc >> 32n);
}
for (let slice = 1; slice < SLICES; slice++) {
  for (let byte = 0; byte < 256; byte++) {
    const [low, high] = [LOW[slice - 1][byte], HIGH[slice - 1][byte]];
    const index = low & 0xff;
    LOW[slice][byte] = ((low >>> 8) | (high << 24)) ^ LOW[0][index];
    HIGH[slice][byte] = (high >>> 8) ^ HIGH[0][index];
  }
}

/**
 * The CRC-64/Jones of `bytes`, the checksum Redis puts at the end of a DUMP payload and checks
 * on RESTORE (little-endian, after the RDB version), as 8 bytes in that order.
 */
export function crc64(bytes: Uint8Array): Buffer {
  const [l0, l1, l2, l3] = LOW;
  const [h0, h1, h2, h3] = HIGH;
  let low = 0;
  let high = 0;
  let at = 0;
  const whole = bytes.length - (bytes.length % SLICES);
  for (; at < whole; at += SLICES) {
    // Four bytes at once: they meet the low half, which the tables carry into the high one.
    const a = (low ^ bytes[at]) & 0xff;
    const b = ((low >>> 8) ^ bytes[at + 1]) & 0xff;
    const c = ((low >>> 16) ^ bytes[at + 2]) & 0xff;
    const d = ((low >>> 24) ^ bytes[at + 3]) & 0xff;
    low = high ^ l3[a] ^ l2[b] ^ l1[c] ^ l0[d];
    high = h3[a] ^ h2[b] ^ h1[c] ^ h0[d];
  }
  for (; at < bytes.length; at++) {
    const index = (low ^ bytes[at]) & 0xff;
    low = ((low >>> 8) | (high << 24)) ^ l0[index];
    high = (high >>> 8) ^ h0[index];
  }
  const sum = Buffer.alloc(8);
  sum.writeUInt32LE(low >>> 0, 0);
  sum.writeUInt32LE(high >>> 0, 4);
  return sum;
}
