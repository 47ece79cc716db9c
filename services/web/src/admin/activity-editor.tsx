import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { showProblem, type Problem, type ShownProblem } from '../api/problem';
import { LOCALES } from '../i18n/i18n';
import { CATEGORIES, type Category } from '../pages/categories';
import { apiOf, accessToken } from '../session/session';
import { Field, FormError } from '../ui/field';
import { Page } from '../ui/layout';
import { readPosition } from '../ui/use-position';
import { appConfig } from './app-config';
import type { Place } from './place-picker';

type Activity = components['schemas']['ActivityDto'];
type Method = Activity['methods'][number];
const METHODS: readonly Method[] = ['qr-gps', 'qr', 'steward', 'integration'];
const PlacePicker = lazy(() => import('./place-picker'));

/**
 * A tenant admin's activity editor: titles and descriptions per language, category, points,
 * the place picked on a map (or typed) with its radius, the schedule (always open, or a one-off
 * event), the verification methods; saved as a draft, then published. A saved activity's poster
 * downloads as PDF or SVG. Refusals show next to their fields in the admin's language.
 */
export function ActivityEditor() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const [form, setForm] = useState({
    titles: { en: '', sv: '', pt: '' } as Record<string, string>,
    descriptions: { en: '', sv: '', pt: '' } as Record<string, string>,
    category: 'environment' as Category,
    points: '10',
    schedule: 'always' as 'always' | 'event',
    startsAt: '',
    endsAt: '',
    methods: ['qr-gps'] as Method[],
  });
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
        const places = (data?.activities ?? []).flatMap((a) => (a.place ? [a.place] : []));
        setAround(places);
        return readPosition().then((here) => {
          const first = places[0];
          setStart(here ?? (first ? first : { latitude: 0, longitude: 0 }));
        });
      });
  }, [tenant]);
  const text =
    (kind: 'titles' | 'descriptions', locale: string) => (e: { target: { value: string } }) =>
      setForm({ ...form, [kind]: { ...form[kind], [locale]: e.target.value } });
  const only = (texts: Record<string, string>) =>
    Object.fromEntries(Object.entries(texts).filter(([, value]) => value.trim() !== ''));
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const schedule =
      form.schedule === 'always'
        ? { kind: 'always' }
        : // Local date-times of the town's time zone, as datetime-local inputs give them.
          { kind: 'event', start: form.startsAt, end: form.endsAt };
    const body = {
      titles: only(form.titles),
      descriptions: only(form.descriptions),
      category: form.category,
      points: Number(form.points),
      schedule,
      methods: form.methods,
      ...(place && { place }),
    } as components['schemas']['ActivityInputDto'];
    try {
      const { data, error } = await apiOf(tenant).POST('/api/v1/activities', { body });
      if (data) {
        setSaved(data);
        setShown({ fields: {} });
      } else setShown(showProblem(t, error as Problem));
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
    else setShown(showProblem(t, error as Problem));
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
    <Page title={t('admin.newActivity')}>
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
          {(['always', 'event'] as const).map((kind) => (
            <label key={kind} className="check">
              <input
                type="radio"
                name="schedule"
                checked={form.schedule === kind}
                onChange={() => setForm({ ...form, schedule: kind })}
              />
              <span>{t(`admin.scheduleKind.${kind}`)}</span>
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
        {!saved && <button type="submit">{t('admin.saveDraft')}</button>}
      </form>
      {saved && (
        <section className="card" aria-labelledby="saved" data-testid="saved-activity">
          <h2 id="saved">{t(`admin.state.${saved.state}`)}</h2>
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
