import { BrowserQRCodeSvgWriter } from '@zxing/browser';
import { useEffect, useRef } from 'react';

/**
 * `text` as a QR code (@zxing/browser's writer, as SVG) `size` pixels wide, described to
 * screen readers by `label`. Loaded only on the pages that show one.
 */
export default function QrImage({
  text,
  size,
  label,
}: {
  text: string;
  size: number;
  label: string;
}) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const svg = new BrowserQRCodeSvgWriter().write(text, size, size);
    svg.setAttribute('aria-hidden', 'true');
    holder.current?.replaceChildren(svg);
  }, [text, size]);
  return <div className="qr" ref={holder} role="img" aria-label={label} data-qr={text} />;
}
