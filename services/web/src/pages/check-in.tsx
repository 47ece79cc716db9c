import { lazy, Suspense, useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { showProblem, type Problem } from '../api/problem';
import { KeptCheckIns, useKeptCheckIns } from '../offline/kept-check-ins';
import { keep } from '../offline/outbox';
import { apiOf, loadSession } from '../session/session';
import { Field } from '../ui/field';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import { readPosition } from '../ui/use-position';
import { isRejectionReason } from './reasons';

// The camera and its QR reader, loaded only when the person scans.
const QrScanner = lazy(() => import('./qr-scanner'));

/** What the resident sees of their check-in. */
type Outcome =
  | { kind: 'locating' | 'sending' | 'no-position' | 'kept' }
  | { kind: 'verified'; points: number }
  | { kind: 'pending-review' }
  | { kind: 'rejected'; message: string; retryAt?: string }
  | { kind: 'field'; message: string };

/**
 * Check in with an activity's code as printed on its poster, typed: the phone's position is
 * read at that moment, with the scan time, and the public API's answer shown, every rejection
 * reason in the person's words. Each attempt has its own Idempotency-Key. With no connection
 * the check-in is kept on the phone (outbox.ts) and sent when it returns, listed meanwhile.
 */
export function CheckIn() {
  const { t } = useTranslation();
  const format = useFormat();
  const { tenant = '' } = useParams();
  const [search] = useSearchParams();
  const activityId = search.get('activity') ?? undefined;
  const [code, setCode] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const kept = useKeptCheckIns(tenant);
  const [scanning, setScanning] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void checkIn(code);
  };
  // The scanner keeps the first callback it gets: it calls the latest checkIn through this.
  const latest = useRef<(code: string) => Promise<void>>(undefined);
  const scanned = useCallback((text: string) => {
    setScanning(false);
    setCode(text);
    void latest.current?.(text);
  }, []);
  const checkIn = async (code: string) => {
    setOutcome({ kind: 'locating' });
    const scannedAt = new Date().toISOString();
    const position = await readPosition();
    if (!position) return setOutcome({ kind: 'no-position' });
    const body = { code: code.trim(), position, scannedAt, ...(activityId && { activityId }) };
    const key = crypto.randomUUID();
    const keepIt = async () => {
      const userId = loadSession(tenant)?.userId ?? '';
      await keep({ key, tenant, userId, body, savedAt: new Date().toISOString() });
      setOutcome({ kind: 'kept' });
    };
    if (!navigator.onLine) return keepIt();
    setOutcome({ kind: 'sending' });
    try {
      const { data, error } = await apiOf(tenant).POST('/api/v1/check-ins', {
        body,
        headers: { 'idempotency-key': key },
      });
      if (data) {
        setOutcome(
          data.state === 'verified'
            ? { kind: 'verified', points: data.points }
            : data.state === 'pending-review'
              ? { kind: 'pending-review' }
              : { kind: 'rejected', message: reasonText(data.reason) },
        );
        return;
      }
      const problem = error as Problem & { retryAt?: string };
      if (isRejectionReason(problem.code)) {
        return setOutcome({
          kind: 'rejected',
          message: t(`reason.${problem.code}`),
          retryAt: problem.retryAt,
        });
      }
      const shown = showProblem(t, problem);
      setOutcome({ kind: 'field', message: shown.fields.code ?? shown.form ?? '' });
    } catch {
      // No answer: kept, and sent again under the same key, which checks in once.
      await keepIt();
    }
  };
  latest.current = checkIn;
  const reasonText = (reason: unknown) =>
    isRejectionReason(reason)
      ? t(`reason.${reason}`)
      : t('reason.other', { detail: String(reason) });
  return (
    <Page title={t('checkIn.title')}>
      {scanning ? (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <QrScanner onCode={scanned} onClose={() => setScanning(false)} />
        </Suspense>
      ) : (
        <button type="button" className="scan" onClick={() => setScanning(true)}>
          {t('scan.scan')}
        </button>
      )}
      <p>{t('checkIn.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Field
          label={t('checkIn.code')}
          hint={t('checkIn.codeHint')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={outcome?.kind === 'field' ? outcome.message : undefined}
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          required
        />
        <button
          type="submit"
          disabled={outcome?.kind === 'locating' || outcome?.kind === 'sending'}
        >
          {t('checkIn.submit')}
        </button>
      </form>
      <div role="status" aria-live="polite" data-testid="check-in-outcome">
        {outcome?.kind === 'locating' && <p>{t('checkIn.locating')}</p>}
        {outcome?.kind === 'sending' && <p>{t('checkIn.sending')}</p>}
        {outcome?.kind === 'no-position' && <p className="error">{t('checkIn.noPosition')}</p>}
        {outcome?.kind === 'kept' && <p>{t('offline.kept')}</p>}
        {outcome?.kind === 'verified' && (
          <p className="success">{t('checkIn.verified', { count: outcome.points })}</p>
        )}
        {outcome?.kind === 'pending-review' && <p>{t('checkIn.pendingReview')}</p>}
        {outcome?.kind === 'rejected' && (
          <div className="refusal">
            <p>
              <strong>{t('checkIn.rejected')}</strong> {outcome.message}
            </p>
            {outcome.retryAt && (
              <p>{t('checkIn.retryAt', { time: format.dateTime(outcome.retryAt) })}</p>
            )}
          </div>
        )}
      </div>
      <KeptCheckIns kept={kept} />
    </Page>
  );
}
