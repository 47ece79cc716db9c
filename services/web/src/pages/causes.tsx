import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { showProblem, type Problem } from '../api/problem';
import { apiOf } from '../session/session';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import { textIn } from './texts';

type Cause = components['schemas']['CauseDto'];

/**
 * The town's good causes with what residents gave so far (and the share of a target), and a
 * donation of points to one (a donation id of its own makes a repeat harmless).
 */
export function Causes() {
  const { t, i18n } = useTranslation();
  const { tenant = '' } = useParams();
  const format = useFormat();
  const [causes, setCauses] = useState<Cause[]>();
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  const [results, setResults] = useState<Record<string, { ok: boolean; text: string }>>({});
  const load = () =>
    void apiOf(tenant)
      .GET('/api/v1/causes')
      .then(({ data }) => setCauses((data?.causes ?? []).filter((c) => c.state === 'published')));
  useEffect(load, [tenant]);
  const donate = async (cause: Cause) => {
    const points = Number(amounts[cause.causeId] ?? '');
    try {
      const { data, error } = await apiOf(tenant).POST('/api/v1/me/donations', {
        body: { donationId: crypto.randomUUID(), causeId: cause.causeId, points },
      });
      const result = data
        ? { ok: true, text: t('causes.thanks', { count: points }) }
        : {
            ok: false,
            text: (() => {
              const shown = showProblem(t, error as Problem, {
                'insufficient-points': t('offers.refused.not-enough-points'),
              });
              return shown.fields.points ?? shown.form ?? '';
            })(),
          };
      setResults({ ...results, [cause.causeId]: result });
      // The ledger took the points: the cause's total shows them at once, before its read model.
      if (data) {
        setCauses((shown) =>
          shown?.map((c) =>
            c.causeId === cause.causeId ? { ...c, donatedPoints: c.donatedPoints + points } : c,
          ),
        );
      }
    } catch {
      setResults({ ...results, [cause.causeId]: { ok: false, text: t('errors.network') } });
    }
  };
  return (
    <Page title={t('causes.title')}>
      {causes?.length === 0 && <p>{t('causes.none')}</p>}
      <ul className="cards">
        {causes?.map((cause) => {
          const text = textIn(cause.texts, i18n.language);
          const result = results[cause.causeId];
          return (
            <li key={cause.causeId} className="card">
              <h2>{text?.title}</h2>
              {text?.description && <p>{text.description}</p>}
              <p className="meta">
                <span>{t('causes.given', { count: cause.donatedPoints })}</span>
                {cause.progressPercent !== undefined && (
                  <span>
                    {t('causes.progress', { percent: format.number(cause.progressPercent) })}
                  </span>
                )}
              </p>
              <div className="row">
                <label className="field">
                  <span>{t('causes.points')}</span>
                  <input
                    type="number"
                    min={1}
                    inputMode="numeric"
                    value={amounts[cause.causeId] ?? ''}
                    onChange={(e) => setAmounts({ ...amounts, [cause.causeId]: e.target.value })}
                  />
                </label>
              </div>
              <button type="button" onClick={() => void donate(cause)}>
                {t('causes.donate')}
              </button>
              <div role="status" aria-live="polite">
                {result && <p className={result.ok ? 'success' : 'error'}>{result.text}</p>}
              </div>
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
