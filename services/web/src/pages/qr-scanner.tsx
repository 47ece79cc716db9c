import { BrowserQRCodeReader, type IScannerControls } from '@zxing/browser';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The camera's view (the back camera on a phone) with a QR code reader (@zxing/browser): calls
 * `onCode` with the first code it reads and stops the camera; `onClose` when the person cancels.
 * Says so when the camera cannot be opened (refused, none). Loaded only when a page scans.
 */
export default function QrScanner({
  onCode,
  onClose,
}: {
  onCode: (text: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let controls: IScannerControls | undefined;
    let stopped = false;
    const reader = new BrowserQRCodeReader();
    reader
      .decodeFromConstraints(
        { video: { facingMode: 'environment' } },
        video.current ?? undefined,
        (result, _error, scanning) => {
          if (!result || stopped) return;
          stopped = true;
          scanning.stop();
          onCode(result.getText());
        },
      )
      .then((started) => {
        controls = started;
        if (stopped) started.stop();
      })
      .catch(() => setFailed(true));
    return () => {
      stopped = true;
      controls?.stop();
    };
  }, [onCode]);
  return (
    <div className="scanner">
      {failed ? (
        <p className="error" role="alert">
          {t('scan.noCamera')}
        </p>
      ) : (
        <>
          <video ref={video} muted playsInline aria-label={t('scan.camera')} />
          <p className="hint" role="status">
            {t('scan.aim')}
          </p>
        </>
      )}
      <button type="button" onClick={onClose}>
        {t('scan.cancel')}
      </button>
    </div>
  );
}
