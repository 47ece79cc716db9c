import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { showProblem, type Problem } from '../api/problem';
import { apiOf } from '../session/session';
import { Field } from '../ui/field';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import { readPosition } from '../ui/use-position';
import { isRejectionReason } from './reasons';

/** What the resident sees of their check-in. */
type Outcome =
  | { kind: 'locating' | 'sending' | 'no-position' }
  | { kind: 'verified'; points: number }
  | { kind: 'pending-review' }
  | { kind: 'rejected'; message: string; retryAt?: string }
  | { kind: 'field'; message: string };

/**
 * Check in with an activity's code as printed on its poster, typed: the phone's position is
 * read at the moment of sending, with the scan time, and the public API's answer shown, every
 * rejection reason in the person's words. Each attempt has its own Idempotency-Key.
 */
export function CheckIn() {
  const { t } = useTranslation();
  const format = useFormat();
  const { tenant = '' } = useParams();
  const [search] = useSearchParams();
  const activityId = search.get('activity') ?? undefined;
  const [code, setCode] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome({ kind: 'locating' });
    const scannedAt = new Date().toISOString();
    const position = await readPosition();
    if (!position) return setOutcome({ kind: 'no-position' });
    setOutcome({ kind: 'sending' });
    try {
      const { data, error } = await apiOf(tenant).POST('/api/v1/check-ins', {
        body: { code: code.trim(), position, scannedAt, ...(activityId && { activityId }) },
        headers: { 'idempotency-key': crypto.randomUUID() },
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
      setOutcome({ kind: 'rejected', message: t('errors.network') });
    }
  };
  const reasonText = (reason: unknown) =>
    isRejectionReason(reason)
      ? t(`reason.${reason}`)
      : t('reason.other', { detail: String(reason) });
  return (
    <Page title={t('checkIn.title')}>
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
    </Page>
  );
}
