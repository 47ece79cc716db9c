import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import type { Problem, ShownProblem } from '../api/problem';
import { apiOf } from '../session/session';
import { Field, FormError } from '../ui/field';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import { refusal } from './refusal';

type Bonus = components['schemas']['LeaderboardBonusDto'];
type Settings = components['schemas']['TenantSettingsDto'];
type Hidden = components['schemas']['HiddenPersonDto'];

/** A bonus row as typed: place and points, both whole numbers as text until saved. */
interface BonusRow {
  rank: string;
  points: string;
}

/**
 * The town's leaderboard rules: the bonus points the best places of a closed week earn (the
 * tenant settings' `leaderboardBonuses`, read with GET /tenant/settings and saved with PATCH
 * /tenant/settings; when they cannot be read the form starts empty and says so); and the people hidden from the boards (GET
 * /leaderboards/hidden-people), hidden by their person id (PUT) and shown again (DELETE).
 */
export default function BoardRules() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  return (
    <Page title={t('manage.boards.title')}>
      <Bonuses tenant={tenant} />
      <HiddenPeople tenant={tenant} />
    </Page>
  );
}

// The tenant's settings (GET /tenant/settings); undefined when they cannot be read.
async function readSettings(tenant: string): Promise<Settings | undefined> {
  try {
    const { data } = await apiOf(tenant).GET('/api/v1/tenant/settings');
    return data?.settings;
  } catch {
    return undefined;
  }
}

function Bonuses({ tenant }: { tenant: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [rows, setRows] = useState<BonusRow[]>([]);
  const [known, setKnown] = useState<boolean>();
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const [done, setDone] = useState<string>();
  const show = (bonuses: Bonus[]) =>
    setRows(bonuses.map((b) => ({ rank: String(b.rank), points: String(b.points) })));
  useEffect(() => {
    void readSettings(tenant).then((settings) => {
      setKnown(Boolean(settings));
      if (settings) show(settings.leaderboardBonuses ?? []);
    });
  }, [tenant]);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const leaderboardBonuses = rows.map((row) => ({
      rank: Number(row.rank),
      points: Number(row.points),
    }));
    try {
      const { data, error } = await apiOf(tenant).PATCH('/api/v1/tenant/settings', {
        body: { leaderboardBonuses },
      });
      if (data) {
        show(data.settings.leaderboardBonuses ?? []);
        setKnown(true);
        setShown({ fields: {} });
        setDone(t('manage.boards.saved'));
      } else setShown(refusal(t, error as Problem, ['leaderboardBonuses']));
    } catch {
      setShown(refusal(t, undefined, []));
    }
  };
  const change = (at: number, part: Partial<BonusRow>) =>
    setRows(rows.map((row, i) => (i === at ? { ...row, ...part } : row)));
  // The rules are editable once read, so that the answer never undoes places added meanwhile.
  if (known === undefined) {
    return (
      <section className="card" aria-labelledby="bonuses" aria-busy="true">
        <h2 id="bonuses">{t('manage.boards.bonuses')}</h2>
        <p>{t('app.loading')}</p>
      </section>
    );
  }
  return (
    <form onSubmit={save} noValidate className="card" aria-labelledby="bonuses">
      <h2 id="bonuses">{t('manage.boards.bonuses')}</h2>
      <p className="hint">{t('manage.boards.bonusesHint')}</p>
      {known === false && <p>{t('manage.boards.unknown')}</p>}
      {rows.length === 0 && known && <p>{t('manage.boards.noBonuses')}</p>}
      {rows.map((row, at) => (
        <fieldset key={at} className="row">
          <legend>{t('manage.boards.bonusNumber', { number: format.number(at + 1) })}</legend>
          <Field
            label={t('manage.boards.place')}
            type="number"
            min={1}
            max={100}
            inputMode="numeric"
            value={row.rank}
            onChange={(e) => change(at, { rank: e.target.value })}
          />
          <Field
            label={t('manage.boards.points')}
            type="number"
            min={1}
            inputMode="numeric"
            value={row.points}
            onChange={(e) => change(at, { points: e.target.value })}
          />
          <button
            type="button"
            className="danger"
            onClick={() => setRows(rows.filter((_, i) => i !== at))}
          >
            {t('manage.boards.remove', { number: format.number(at + 1) })}
          </button>
        </fieldset>
      ))}
      {shown.fields.leaderboardBonuses && (
        <p className="error">{shown.fields.leaderboardBonuses}</p>
      )}
      <FormError message={shown.form} />
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <p className="actions">
        <button
          type="button"
          onClick={() => setRows([...rows, { rank: String(rows.length + 1), points: '' }])}
        >
          {t('manage.boards.add')}
        </button>
        <button type="submit">{t('manage.boards.save')}</button>
      </p>
    </form>
  );
}

function HiddenPeople({ tenant }: { tenant: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [people, setPeople] = useState<Hidden[]>();
  const [person, setPerson] = useState('');
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const load = useCallback(
    () =>
      apiOf(tenant)
        .GET('/api/v1/leaderboards/hidden-people')
        .then(({ data }) => setPeople(data?.people ?? [])),
    [tenant],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const hide = async (event: FormEvent) => {
    event.preventDefault();
    const { data, error } = await apiOf(tenant).PUT('/api/v1/leaderboards/hidden-people/{person}', {
      params: { path: { person: person.trim() } },
    });
    if (data) {
      setPerson('');
      setShown({ fields: {} });
      void load();
    } else setShown(refusal(t, error as Problem, ['person']));
  };
  const reveal = async (who: string) => {
    const { response, error } = await apiOf(tenant).DELETE(
      '/api/v1/leaderboards/hidden-people/{person}',
      { params: { path: { person: who } } },
    );
    if (response.ok) void load();
    else setShown(refusal(t, error as Problem, []));
  };
  return (
    <section className="card" aria-labelledby="hidden">
      <h2 id="hidden">{t('manage.boards.hidden')}</h2>
      <p className="hint">{t('manage.boards.hiddenHint')}</p>
      {people?.length === 0 && <p>{t('manage.boards.noneHidden')}</p>}
      <ul className="list">
        {people?.map((hidden) => (
          <li key={hidden.userId}>
            <span>
              <code>{hidden.userId}</code>
              <br />
              <small>{t('manage.boards.hiddenAt', { at: format.dateTime(hidden.hiddenAt) })}</small>
            </span>
            <button
              type="button"
              onClick={() => void reveal(hidden.userId)}
              aria-label={t('manage.boards.showNamed', { person: hidden.userId })}
            >
              {t('manage.boards.show')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={hide} noValidate>
        <Field
          label={t('manage.boards.person')}
          hint={t('manage.partners.personHint')}
          value={person}
          onChange={(e) => setPerson(e.target.value)}
          error={shown.fields.person}
        />
        <FormError message={shown.form} />
        <button type="submit">{t('manage.boards.hide')}</button>
      </form>
    </section>
  );
}
