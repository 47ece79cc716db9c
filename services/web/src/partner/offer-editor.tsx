import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import i18next from 'i18next';
import { showProblem, type Problem, type ShownProblem } from '../api/problem';
import { LOCALES, type Locale } from '../i18n/i18n';
import { useProfile } from '../session/profile';
import { apiOf } from '../session/session';
import { Field, FormError } from '../ui/field';
import { Page } from '../ui/layout';
import { OFFER_REFUSALS } from './offers';
import './partner.css';

type Offer = components['schemas']['OfferDto'];
type Category = Offer['category'];
const CATEGORIES: readonly Category[] = [
  'transit',
  'mobility',
  'culture',
  'sport',
  'shopping',
  'food',
  'other',
];

/** The problem codes of the rewards service's cross-field checks, by the field they name. */
const FIELD_CODES: Record<string, string> = {
  'sale-ends-before-start': 'saleEndsAt',
  'sale-ended': 'saleEndsAt',
  'validity-required': 'validDays',
  'one-validity-only': 'validDays',
};

/**
 * An instant (ISO 8601) as a datetime-local input's value in this device's time zone
 * (YYYY-MM-DDTHH:mm); empty for none.
 */
export function localInput(iso: string | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  const shifted = new Date(at.getTime() - at.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** A datetime-local input's value (this device's time zone) as an instant; '' when not a date. */
function instant(local: string): string {
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? '' : at.toISOString();
}

// A whole number typed, or null for an empty input (no limit).
const orNull = (typed: string) => (typed.trim() === '' ? null : Number(typed));

/**
 * The offer editor of a partner's staff: a new draft (`/partner/offers/new`) or a draft of
 * theirs (`/partner/offers/:offer`): title and description per language, category, price,
 * stock and per-person limit (empty: none), the sale window (the device's time zone) and how
 * many days a voucher is valid, the terms. Saved as a draft (POST /offers with the partner of
 * the staff's account, or PUT /offers/{offer} at the version read); refusals next to their
 * fields in the person's language; back to the list when saved.
 */
export function OfferEditor() {
  const { t } = useTranslation();
  const { tenant = '', offer: offerId } = useParams();
  const navigate = useNavigate();
  const profile = useProfile();
  const [version, setVersion] = useState<number>();
  const [texts, setTexts] = useState<Record<Locale, { title: string; description: string }>>({
    en: { title: '', description: '' },
    sv: { title: '', description: '' },
    pt: { title: '', description: '' },
  });
  const [form, setForm] = useState({
    category: 'other' as Category,
    pricePoints: '',
    stock: '',
    perPersonLimit: '',
    saleStartsAt: localInput(new Date().toISOString()),
    saleEndsAt: localInput(new Date(Date.now() + 30 * 86_400_000).toISOString()),
    validDays: '30',
    terms: '',
  });
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  useEffect(() => {
    if (!offerId) return;
    void apiOf(tenant)
      .GET('/api/v1/offers/{offer}', { params: { path: { offer: offerId } } })
      .then(({ data }) => {
        if (!data) return;
        setVersion(data.version);
        setTexts(
          Object.fromEntries(
            LOCALES.map((locale) => [locale, data.texts[locale] ?? { title: '', description: '' }]),
          ) as typeof texts,
        );
        setForm({
          category: data.category,
          pricePoints: String(data.pricePoints),
          stock: data.stock === null ? '' : String(data.stock),
          perPersonLimit: data.perPersonLimit === null ? '' : String(data.perPersonLimit),
          saleStartsAt: localInput(data.saleStartsAt),
          saleEndsAt: localInput(data.saleEndsAt),
          validDays: data.validDays === undefined ? '' : String(data.validDays),
          terms: data.terms,
        });
      });
  }, [tenant, offerId]);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [name]: e.target.value });
  const fieldError = (name: string) => shown.fields[name];
  const explain = (problem: Problem | undefined): ShownProblem => {
    const known = Object.fromEntries(
      OFFER_REFUSALS.map((code) => [code, t(`partnerOffers.refused.${code}`)]),
    );
    const result = showProblem(t, problem, known);
    // Fields of an offer get this area's hints (errors.field has none for them).
    const fields: Record<string, string> = {};
    for (const [name, text] of Object.entries(result.fields)) {
      const hint = `offerEditor.field.${name}`;
      fields[name] =
        problem?.code && known[problem.code] ? text : i18next.exists(hint) ? t(hint) : text;
    }
    const named = problem?.code ? FIELD_CODES[problem.code] : undefined;
    if (named && Object.keys(fields).length === 0) {
      return { fields: { [named]: t(`offerEditor.field.${named}`) } };
    }
    return { ...result, fields };
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const filled = Object.fromEntries(
      LOCALES.flatMap((locale) =>
        texts[locale].title.trim() || texts[locale].description.trim()
          ? [[locale, texts[locale]]]
          : [],
      ),
    );
    const fields = {
      texts: filled,
      category: form.category,
      pricePoints: Number(form.pricePoints),
      stock: orNull(form.stock),
      perPersonLimit: orNull(form.perPersonLimit),
      saleStartsAt: instant(form.saleStartsAt),
      saleEndsAt: instant(form.saleEndsAt),
      ...(form.validDays.trim() !== '' && { validDays: Number(form.validDays) }),
      terms: form.terms,
    };
    try {
      const answer = offerId
        ? await apiOf(tenant).PUT('/api/v1/offers/{offer}', {
            params: { path: { offer: offerId } },
            body: { ...fields, ...(version !== undefined && { version }) },
          })
        : await apiOf(tenant).POST('/api/v1/offers', {
            body: { ...fields, partnerId: profile?.partnerId ?? '' },
          });
      if (answer.data) {
        void navigate(`/t/${tenant}/partner/offers`);
      } else setShown(explain(answer.error as Problem));
    } catch {
      setShown(explain(undefined));
    }
  };
  return (
    <Page title={t(offerId ? 'offerEditor.editTitle' : 'offerEditor.newTitle')}>
      <p>
        <Link to={`/t/${tenant}/partner/offers`}>{t('offerEditor.back')}</Link>
      </p>
      <form onSubmit={save} noValidate>
        <fieldset aria-describedby="offer-texts-hint offer-texts-error">
          <legend>{t('offerEditor.texts')}</legend>
          <p className="hint" id="offer-texts-hint">
            {t('offerEditor.textsHint')}
          </p>
          {LOCALES.map((locale) => {
            const language = t(`offerEditor.language.${locale}`);
            return (
              <div key={locale}>
                <Field
                  label={t('offerEditor.offerTitle', { language })}
                  lang={locale}
                  value={texts[locale].title}
                  onChange={(e) =>
                    setTexts({ ...texts, [locale]: { ...texts[locale], title: e.target.value } })
                  }
                />
                <TextArea
                  label={t('offerEditor.description', { language })}
                  lang={locale}
                  value={texts[locale].description}
                  onChange={(value) =>
                    setTexts({ ...texts, [locale]: { ...texts[locale], description: value } })
                  }
                />
              </div>
            );
          })}
          {fieldError('texts') && (
            <p className="error" id="offer-texts-error">
              {fieldError('texts')}
            </p>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor="offer-category">{t('offerEditor.category')}</label>
          <select
            id="offer-category"
            value={form.category}
            onChange={(e) => setForm({ ...form, category: e.target.value as Category })}
          >
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`offerEditor.categories.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="row">
          <Field
            label={t('offerEditor.price')}
            inputMode="numeric"
            value={form.pricePoints}
            onChange={set('pricePoints')}
            error={fieldError('pricePoints')}
            required
          />
          <Field
            label={t('offerEditor.stock')}
            hint={t('offerEditor.stockHint')}
            inputMode="numeric"
            value={form.stock}
            onChange={set('stock')}
            error={fieldError('stock')}
          />
          <Field
            label={t('offerEditor.perPerson')}
            hint={t('offerEditor.perPersonHint')}
            inputMode="numeric"
            value={form.perPersonLimit}
            onChange={set('perPersonLimit')}
            error={fieldError('perPersonLimit')}
          />
        </div>
        <div className="row">
          <Field
            label={t('offerEditor.saleStartsAt')}
            type="datetime-local"
            value={form.saleStartsAt}
            onChange={set('saleStartsAt')}
            error={fieldError('saleStartsAt')}
            required
          />
          <Field
            label={t('offerEditor.saleEndsAt')}
            type="datetime-local"
            value={form.saleEndsAt}
            onChange={set('saleEndsAt')}
            error={fieldError('saleEndsAt')}
            required
          />
        </div>
        <Field
          label={t('offerEditor.validDays')}
          hint={t('offerEditor.validDaysHint')}
          inputMode="numeric"
          value={form.validDays}
          onChange={set('validDays')}
          error={fieldError('validDays') ?? fieldError('validUntil')}
        />
        <TextArea
          label={t('offerEditor.terms')}
          hint={t('offerEditor.termsHint')}
          value={form.terms}
          onChange={(value) => setForm({ ...form, terms: value })}
          error={fieldError('terms')}
        />
        <FormError message={shown.form} />
        <button type="submit">{t('offerEditor.save')}</button>
      </form>
    </Page>
  );
}

/** A labelled multi-line text with its hint and error, tied as Field ties them. */
function TextArea({
  label,
  hint,
  error,
  value,
  lang,
  onChange,
}: {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  lang?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        lang={lang}
        rows={3}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
