/** One line of `npm start`'s terminal: what (a server, a service, a step), then how it went. */
export function stepLine(what: string, how: string): string {
  return `${what.padEnd(13)} ${how}`;
}

/** Milliseconds as seconds with one decimal: "2.4 s". */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Bytes in binary gigabytes with two decimals: "1.23 GiB". */
export function gibibytes(bytes: number): string {
  return `${(bytes / 2 ** 30).toFixed(2)} GiB`;
}

/** Bytes in binary megabytes, whole: "312 MiB". */
export function mebibytes(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MiB`;
}
