import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { showProblem, type Problem } from '../api/problem';
import { useProfile } from '../session/profile';
import { apiOf } from '../session/session';
import { Field } from '../ui/field';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import { textIn } from './texts';

const QrScanner = lazy(() => import('./qr-scanner'));

type Voucher = components['schemas']['CounterVoucherDto'];
type UseRefusal = Problem & {
  usedAt?: string;
  usedAtCounter?: string | null;
  cancelledAt?: string;
};

/**
 * The partner's counter: scan the voucher's QR code on the customer's phone with the camera
 * (the reader loads only then), or type (or paste) its code, and see at once whether it is valid,
 * for which offer; mark it used (the counter named by the staff member's display name). A
 * voucher used before shows when and at which counter; one
 * cancelled or expired says so; another partner's is unknown here.
 */
export function Counter() {
  const { t, i18n } = useTranslation();
  const { tenant = '' } = useParams();
  const format = useFormat();
  const profile = useProfile();
  const [code, setCode] = useState('');
  const [voucher, setVoucher] = useState<Voucher>();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [scanning, setScanning] = useState(false);
  const refusal = (problem: UseRefusal) => {
    if (problem.code === 'voucher-used' && problem.usedAt) {
      return t('counter.usedBefore', {
        time: format.dateTime(problem.usedAt),
        counter: problem.usedAtCounter ?? t('counter.unknownCounter'),
      });
    }
    const known = {
      'voucher-cancelled': t('counter.cancelled'),
      'voucher-expired': t('counter.expired'),
      'voucher-not-found': t('counter.notFound'),
    };
    if (problem.status === 404) return known['voucher-not-found'];
    return showProblem(t, problem, known).form ?? showProblem(t, problem).fields.code ?? '';
  };
  const lookUp = async (wanted: string) => {
    setMessage(undefined);
    setVoucher(undefined);
    try {
      const { data, error } = await apiOf(tenant).GET('/api/v1/counter/vouchers', {
        params: { query: { code: wanted } },
      });
      if (data) setVoucher(data);
      else setMessage({ kind: 'error', text: refusal(error as UseRefusal) });
    } catch {
      setMessage({ kind: 'error', text: t('errors.network') });
    }
  };
  const use = async () => {
    try {
      const { data, error } = await apiOf(tenant).POST('/api/v1/counter/vouchers/use', {
        body: { code, counter: profile?.displayName ?? t('counter.thisCounter') },
      });
      if (data) {
        setVoucher(data);
        setMessage({ kind: 'ok', text: t('counter.usedNow') });
      } else setMessage({ kind: 'error', text: refusal(error as UseRefusal) });
    } catch {
      setMessage({ kind: 'error', text: t('errors.network') });
    }
  };
  // The voucher's QR code holds its code as written under it.
  const scanned = (text: string) => {
    setScanning(false);
    setCode(text.trim());
    void lookUp(text.trim());
  };
  return (
    <Page title={t('counter.title')}>
      {scanning ? (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <QrScanner onCode={scanned} onClose={() => setScanning(false)} />
        </Suspense>
      ) : (
        <button type="button" className="scan" onClick={() => setScanning(true)}>
          {t('counter.scan')}
        </button>
      )}
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void lookUp(code);
        }}
        noValidate
      >
        <Field
          label={t('counter.code')}
          hint={t('counter.codeHint')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          required
        />
        <button type="submit">{t('counter.check')}</button>
      </form>
      {voucher && (
        <section className="card" aria-labelledby="voucher" data-testid="counter-voucher">
          <h2 id="voucher">{textIn(voucher.offer.title, i18n.language)}</h2>
          <p className={voucher.state === 'valid' ? 'success' : 'error'}>
            {t(`vouchers.state.${voucher.state}`)}
          </p>
          <p className="code">{voucher.code}</p>
          <p className="hint">
            {t('vouchers.expires', { time: format.dateTime(voucher.expiresAt) })}
          </p>
          {voucher.usedAt && (
            <p>
              {t('counter.usedBefore', {
                time: format.dateTime(voucher.usedAt),
                counter: voucher.usedAtCounter ?? t('counter.unknownCounter'),
              })}
            </p>
          )}
          {voucher.state === 'valid' && !message && (
            <button type="button" onClick={() => void use()}>
              {t('counter.markUsed')}
            </button>
          )}
        </section>
      )}
      {message && (
        <p className={message.kind === 'ok' ? 'success' : 'error'} role="alert">
          {message.text}
        </p>
      )}
    </Page>
  );
}
