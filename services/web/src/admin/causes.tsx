import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import type { Problem, ShownProblem } from '../api/problem';
import { LOCALES } from '../i18n/i18n';
import { textIn } from '../pages/texts';
import { apiOf } from '../session/session';
import { Field, FormError } from '../ui/field';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import { refusal } from './refusal';

type Cause = components['schemas']['CauseDto'];
type Texts = Record<string, { title: string; description: string }>;
const FIELDS = ['texts', 'target', 'imageUrl'];

/**
 * The town's charitable causes (GET /causes) with their state and the points donated so far
 * (and the share of the target); a form creates one (POST /causes) or edits the one chosen
 * (PUT /causes/{id} with the version read): title and description per language, an optional
 * target in points. A draft is published (POST …/publication), a published one closed
 * (POST …/archival). Refusals show next to their fields.
 */
export default function AdminCauses() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { tenant = '' } = useParams();
  const [causes, setCauses] = useState<Cause[]>();
  const [editing, setEditing] = useState<Cause>();
  const [done, setDone] = useState<string>();
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const load = useCallback(
    () =>
      apiOf(tenant)
        .GET('/api/v1/causes')
        .then(({ data }) => setCauses(data?.causes ?? [])),
    [tenant],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const saved = (message: string) => {
    setDone(message);
    setEditing(undefined);
    setShown({ fields: {} });
    void load();
  };
  const step = async (cause: Cause, to: 'publication' | 'archival') => {
    const path = { params: { path: { cause: cause.causeId } } };
    const { data, error } =
      to === 'publication'
        ? await apiOf(tenant).POST('/api/v1/causes/{cause}/publication', path)
        : await apiOf(tenant).POST('/api/v1/causes/{cause}/archival', path);
    const title = textIn(cause.texts, i18n.language)?.title ?? '';
    if (data) saved(t(`manage.causes.done.${to}`, { title }));
    else setShown(refusal(t, error as Problem, []));
  };
  return (
    <Page title={t('manage.causes.title')}>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <FormError message={shown.form} />
      {causes?.length === 0 && <p>{t('manage.causes.empty')}</p>}
      <ul className="cards">
        {causes?.map((cause) => {
          const title = textIn(cause.texts, i18n.language)?.title ?? '';
          return (
            <li key={cause.causeId} className="card">
              <h2>{title}</h2>
              <p className="meta">
                <span>{t(`admin.state.${cause.state}`)}</span>
                <span>
                  {t('manage.causes.donated', { points: format.number(cause.donatedPoints) })}
                  {cause.target !== undefined &&
                    ` ${t('manage.causes.ofTarget', {
                      target: format.number(cause.target),
                      percent: format.number(cause.progressPercent ?? 0),
                    })}`}
                </span>
              </p>
              <p className="actions">
                {cause.state !== 'archived' && (
                  <button
                    type="button"
                    onClick={() => setEditing(cause)}
                    aria-label={t('manage.causes.editNamed', { title })}
                  >
                    {t('manage.causes.edit')}
                  </button>
                )}
                {cause.state === 'draft' && (
                  <button
                    type="button"
                    onClick={() => void step(cause, 'publication')}
                    aria-label={t('manage.causes.publishNamed', { title })}
                  >
                    {t('admin.publish')}
                  </button>
                )}
                {cause.state === 'published' && (
                  <button
                    type="button"
                    className="danger"
                    onClick={() => void step(cause, 'archival')}
                    aria-label={t('manage.causes.closeNamed', { title })}
                  >
                    {t('manage.causes.close')}
                  </button>
                )}
              </p>
            </li>
          );
        })}
      </ul>
      <CauseForm
        key={editing?.causeId ?? 'new'}
        tenant={tenant}
        cause={editing}
        onSaved={saved}
        onCancel={() => setEditing(undefined)}
      />
    </Page>
  );
}

function CauseForm({
  tenant,
  cause,
  onSaved,
  onCancel,
}: {
  tenant: string;
  cause?: Cause;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [texts, setTexts] = useState<Texts>(() =>
    Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        {
          title: cause?.texts[locale]?.title ?? '',
          description: cause?.texts[locale]?.description ?? '',
        },
      ]),
    ),
  );
  const [target, setTarget] = useState(cause?.target !== undefined ? String(cause.target) : '');
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const filled = Object.fromEntries(
      Object.entries(texts).filter(([, text]) => text.title.trim() || text.description.trim()),
    );
    const body = { texts: filled, ...(target.trim() && { target: Number(target) }) };
    try {
      const { data, error } = cause
        ? await apiOf(tenant).PUT('/api/v1/causes/{cause}', {
            params: { path: { cause: cause.causeId } },
            body: { ...body, version: cause.version },
          })
        : await apiOf(tenant).POST('/api/v1/causes', { body });
      if (data) {
        onSaved(
          t('manage.causes.saved', { title: textIn(data.texts, i18n.language)?.title ?? '' }),
        );
      } else setShown(refusal(t, error as Problem, FIELDS));
    } catch {
      setShown(refusal(t, undefined, []));
    }
  };
  const change =
    (locale: string, part: 'title' | 'description') => (e: { target: { value: string } }) =>
      setTexts({ ...texts, [locale]: { ...texts[locale], [part]: e.target.value } });
  const title = cause ? (textIn(cause.texts, i18n.language)?.title ?? '') : '';
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The form of the cause chosen to edit, further down the page: the keyboard goes there.
    if (cause) heading.current?.focus();
  }, [cause]);
  return (
    <form onSubmit={save} noValidate className="card" aria-labelledby="cause-form">
      <h2 id="cause-form" ref={heading} tabIndex={-1}>
        {cause ? t('manage.causes.editNamed', { title }) : t('manage.causes.new')}
      </h2>
      {LOCALES.map((locale) => (
        <fieldset key={locale}>
          <legend>{t(`language.${locale}`)}</legend>
          <Field
            label={t('admin.title')}
            lang={locale}
            value={texts[locale].title}
            onChange={change(locale, 'title')}
            error={shown.fields.texts}
          />
          <Field
            label={t('admin.description')}
            lang={locale}
            value={texts[locale].description}
            onChange={change(locale, 'description')}
          />
        </fieldset>
      ))}
      <Field
        label={t('manage.causes.target')}
        hint={t('manage.causes.targetHint')}
        type="number"
        min={1}
        inputMode="numeric"
        value={target}
        onChange={(e) => setTarget(e.target.value)}
        error={shown.fields.target}
      />
      <FormError message={shown.form} />
      <p className="actions">
        <button type="submit">{cause ? t('manage.causes.save') : t('manage.causes.create')}</button>
        {cause && (
          <button type="button" className="danger" onClick={onCancel}>
            {t('manage.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
