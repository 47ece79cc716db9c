import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { showProblem, type Problem, type ShownProblem } from '../api/problem';
import { LOCALES } from '../i18n/i18n';
import { CATEGORIES, type Category } from '../pages/categories';
import { apiOf, accessToken } from '../session/session';
import { Field, FormError } from '../ui/field';
import { Page } from '../ui/layout';
import { readPosition } from '../ui/use-position';
import {
  bodyOf,
  EMPTY,
  formOf,
  PERIODS,
  SCHEDULE_KINDS,
  type ActivityForm,
  type Hours,
} from './activity-form';
import { appConfig } from './app-config';
import { refusal } from './refusal';
import type { Place } from './place-picker';

type Activity = components['schemas']['ActivityDto'];
type Method = Activity['methods'][number];
const METHODS: readonly Method[] = ['qr-gps', 'qr', 'steward', 'integration'];
const PlacePicker = lazy(() => import('./place-picker'));

/** The fields the editor shows a refusal next to; others show with the form. */
const FORM_FIELDS = ['titles', 'points', 'place', 'schedule', 'methods', 'limits'];
/** ISO weekdays, 1 Monday to 7 Sunday, as weekly hours name them. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * A tenant admin's activity editor: titles and descriptions per language, category, points,
 * the place picked on a map (or typed) with its radius, the schedule (always open, a one-off
 * event, or weekly opening hours), the limits (once per occurrence, so many per day, week or
 * month, minutes between check-ins), the verification methods; saved as a draft, then
 * published. At /admin/activities/<id> it edits that activity (PUT with the version read: a
 * change in between is refused). A saved activity's poster downloads as PDF or SVG. Refusals
 * show next to their fields in the admin's language.
 */
export function ActivityEditor() {
  const { t } = useTranslation();
  const { tenant = '', activity: editing } = useParams();
  const [form, setForm] = useState<ActivityForm>(EMPTY);
  const [loaded, setLoaded] = useState<Activity>();
  const [place, setPlace] = useState<Place>();
  const [start, setStart] = useState<{ latitude: number; longitude: number }>();
  const [around, setAround] = useState<{ latitude: number; longitude: number }[]>([]);
  const [tileUrl, setTileUrl] = useState<string>();
  const [saved, setSaved] = useState<Activity>();
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  useEffect(() => {
    void appConfig().then((config) => setTileUrl(config.mapTileUrl));
    void apiOf(tenant)
      .GET('/api/v1/activities')
      .then(({ data }) => {
        const all = data?.activities ?? [];
        const edited = all.find((a) => a.activityId === editing);
        if (edited) {
          setLoaded(edited);
          setForm(formOf(edited));
          setPlace(edited.place);
        }
        const places = all.flatMap((a) => (a.place ? [a.place] : []));
        setAround(places);
        if (edited?.place) return setStart(edited.place);
        return readPosition().then((here) => {
          const first = places[0];
          setStart(here ?? (first ? first : { latitude: 0, longitude: 0 }));
        });
      });
  }, [tenant, editing]);
  const text =
    (kind: 'titles' | 'descriptions', locale: string) => (e: { target: { value: string } }) =>
      setForm({ ...form, [kind]: { ...form[kind], [locale]: e.target.value } });
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      ...bodyOf(form),
      ...(place && { place }),
    } as components['schemas']['ActivityInputDto'];
    const current = saved ?? loaded;
    try {
      const { data, error } = current
        ? await apiOf(tenant).PUT('/api/v1/activities/{activity}', {
            params: { path: { activity: current.activityId } },
            body: { ...body, version: current.version },
          })
        : await apiOf(tenant).POST('/api/v1/activities', { body });
      if (data) {
        setSaved(data);
        setShown({ fields: {} });
      } else setShown(refusal(t, error as Problem, FORM_FIELDS));
    } catch {
      setShown(showProblem(t, undefined));
    }
  };
  const publish = async () => {
    if (!saved) return;
    const { data, error } = await apiOf(tenant).POST('/api/v1/activities/{activity}/publication', {
      params: { path: { activity: saved.activityId } },
    });
    if (data) setSaved(data);
    else setShown(refusal(t, error as Problem, FORM_FIELDS));
  };
  const download = async (format: 'pdf' | 'svg') => {
    if (!saved) return;
    const answer = await fetch(`/api/v1/activities/${saved.activityId}/poster.${format}`, {
      headers: { authorization: `Bearer ${await accessToken(tenant)}` },
    });
    if (!answer.ok)
      return setShown({ fields: {}, form: t('errors.unexpected', { detail: answer.status }) });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await answer.blob());
    link.download = `poster-${saved.activityId}.${format}`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const placeNumber = (name: keyof Place) => (e: { target: { value: string } }) => {
    const value = Number(e.target.value);
    if (!Number.isFinite(value)) return;
    setPlace({
      ...(place ?? { ...(start ?? { latitude: 0, longitude: 0 }), radius: 100 }),
      [name]: value,
    });
  };
  return (
    <Page title={editing ? t('manage.activity.edit') : t('admin.newActivity')}>
      <p>
        <Link to={`/t/${tenant}/admin/activities`}>{t('manage.activity.back')}</Link>
      </p>
      <form onSubmit={save} noValidate>
        {LOCALES.map((locale) => (
          <fieldset key={locale}>
            <legend>{t(`language.${locale}`)}</legend>
            <Field
              label={t('admin.title')}
              lang={locale}
              value={form.titles[locale]}
              onChange={text('titles', locale)}
              error={shown.fields.titles}
            />
            <Field
              label={t('admin.description')}
              lang={locale}
              value={form.descriptions[locale]}
              onChange={text('descriptions', locale)}
            />
          </fieldset>
        ))}
        <label className="field">
          <span>{t('activities.category')}</span>
          <select
            value={form.category}
            onChange={(e) => setForm({ ...form, category: e.target.value as Category })}
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <Field
          label={t('admin.points')}
          type="number"
          min={1}
          inputMode="numeric"
          value={form.points}
          onChange={(e) => setForm({ ...form, points: e.target.value })}
          error={shown.fields.points}
        />
        <fieldset>
          <legend>{t('admin.place')}</legend>
          <p className="hint">{t('admin.placeHint')}</p>
          {start && (
            <Suspense fallback={<p>{t('app.loading')}</p>}>
              <PlacePicker
                place={place}
                start={start}
                around={around}
                tileUrl={tileUrl}
                onPick={(centre) => setPlace({ ...centre, radius: place?.radius ?? 100 })}
              />
            </Suspense>
          )}
          <div className="row">
            <Field
              label={t('admin.latitude')}
              type="number"
              step="any"
              value={place?.latitude ?? ''}
              onChange={placeNumber('latitude')}
              error={shown.fields.place}
            />
            <Field
              label={t('admin.longitude')}
              type="number"
              step="any"
              value={place?.longitude ?? ''}
              onChange={placeNumber('longitude')}
            />
            <Field
              label={t('admin.radius')}
              type="number"
              min={10}
              value={place?.radius ?? ''}
              onChange={placeNumber('radius')}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('admin.schedule')}</legend>
          {SCHEDULE_KINDS.map((kind) => (
            <label key={kind} className="check">
              <input
                type="radio"
                name="schedule"
                checked={form.schedule === kind}
                onChange={() => setForm({ ...form, schedule: kind })}
              />
              <span>
                {kind === 'weekly' ? t('manage.hours.kind') : t(`admin.scheduleKind.${kind}`)}
              </span>
            </label>
          ))}
          {form.schedule === 'event' && (
            <div className="row">
              <Field
                label={t('admin.startsAt')}
                type="datetime-local"
                value={form.startsAt}
                onChange={(e) => setForm({ ...form, startsAt: e.target.value })}
                error={shown.fields.schedule}
              />
              <Field
                label={t('admin.endsAt')}
                type="datetime-local"
                value={form.endsAt}
                onChange={(e) => setForm({ ...form, endsAt: e.target.value })}
              />
            </div>
          )}
          {form.schedule === 'weekly' && (
            <WeeklyHours
              hours={form.hours}
              onChange={(hours) => setForm({ ...form, hours })}
              error={shown.fields.schedule}
            />
          )}
        </fieldset>
        <fieldset>
          <legend>{t('manage.limits.title')}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={form.oncePerOccurrence}
              onChange={(e) => setForm({ ...form, oncePerOccurrence: e.target.checked })}
            />
            <span>{t('manage.limits.oncePerOccurrence')}</span>
          </label>
          <div className="row">
            <Field
              label={t('manage.limits.count')}
              type="number"
              min={1}
              inputMode="numeric"
              value={form.perPeriodCount}
              onChange={(e) => setForm({ ...form, perPeriodCount: e.target.value })}
              error={shown.fields.limits}
            />
            <label className="field">
              <span>{t('manage.limits.period')}</span>
              <select
                value={form.period}
                onChange={(e) =>
                  setForm({ ...form, period: e.target.value as ActivityForm['period'] })
                }
              >
                <option value="">{t('manage.limits.noPeriod')}</option>
                {PERIODS.map((period) => (
                  <option key={period} value={period}>
                    {t(`manage.limits.per.${period}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <Field
            label={t('manage.limits.cooldown')}
            hint={t('manage.limits.cooldownHint')}
            type="number"
            min={1}
            inputMode="numeric"
            value={form.cooldownMinutes}
            onChange={(e) => setForm({ ...form, cooldownMinutes: e.target.value })}
          />
        </fieldset>
        <fieldset>
          <legend>{t('admin.methods')}</legend>
          {METHODS.map((method) => (
            <label key={method} className="check">
              <input
                type="checkbox"
                checked={form.methods.includes(method)}
                onChange={(e) =>
                  setForm({
                    ...form,
                    methods: e.target.checked
                      ? [...form.methods, method]
                      : form.methods.filter((m) => m !== method),
                  })
                }
              />
              <span>{t(`admin.method.${method}`)}</span>
            </label>
          ))}
          {shown.fields.methods && <p className="error">{shown.fields.methods}</p>}
        </fieldset>
        <FormError message={shown.form} />
        <button type="submit">
          {saved || loaded ? t('manage.activity.save') : t('admin.saveDraft')}
        </button>
      </form>
      {saved && (
        <section className="card" aria-labelledby="saved" data-testid="saved-activity">
          <h2 id="saved">{t(`admin.state.${saved.state}`)}</h2>
          <p role="status">{t('manage.activity.saved')}</p>
          {saved.state === 'draft' && (
            <button type="button" onClick={() => void publish()}>
              {t('admin.publish')}
            </button>
          )}
          <p className="actions">
            <button type="button" onClick={() => void download('pdf')}>
              {t('admin.posterPdf')}
            </button>{' '}
            <button type="button" onClick={() => void download('svg')}>
              {t('admin.posterSvg')}
            </button>
          </p>
        </section>
      )}
    </Page>
  );
}

/**
 * Weekly opening hours: a row per window (ISO weekday, opens, closes, local times of the town;
 * a close before the open closes the next day), added and removed by buttons. `error` is the
 * API's refusal of the schedule, shown under the rows.
 */
function WeeklyHours({
  hours,
  onChange,
  error,
}: {
  hours: Hours[];
  onChange: (hours: Hours[]) => void;
  error?: string;
}) {
  const { t, i18n } = useTranslation();
  // 2024-01-01 was a Monday: ISO weekday d is January d.
  const dayName = (day: number) =>
    new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, day)),
    );
  const change = (at: number, part: Partial<Hours>) =>
    onChange(hours.map((row, i) => (i === at ? { ...row, ...part } : row)));
  return (
    <div>
      <p className="hint">{t('manage.hours.hint')}</p>
      {hours.map((row, at) => (
        <fieldset key={at} className="row">
          <legend>{t('manage.hours.window', { number: at + 1 })}</legend>
          <label className="field">
            <span>{t('manage.hours.day')}</span>
            <select value={row.day} onChange={(e) => change(at, { day: Number(e.target.value) })}>
              {WEEKDAYS.map((day) => (
                <option key={day} value={day}>
                  {dayName(day)}
                </option>
              ))}
            </select>
          </label>
          <Field
            label={t('manage.hours.open')}
            type="time"
            value={row.open}
            onChange={(e) => change(at, { open: e.target.value })}
          />
          <Field
            label={t('manage.hours.close')}
            type="time"
            value={row.close}
            onChange={(e) => change(at, { close: e.target.value })}
          />
          <button
            type="button"
            className="danger"
            onClick={() => onChange(hours.filter((_, i) => i !== at))}
          >
            {t('manage.hours.remove', { number: at + 1 })}
          </button>
        </fieldset>
      ))}
      {error && <p className="error">{error}</p>}
      <button
        type="button"
        onClick={() => onChange([...hours, { day: 1, open: '09:00', close: '17:00' }])}
      >
        {t('manage.hours.add')}
      </button>
    </div>
  );
}
