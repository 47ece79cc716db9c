import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import type { Problem, ShownProblem } from '../api/problem';
import { apiOf } from '../session/session';
import { Field, FormError } from '../ui/field';
import { Page } from '../ui/layout';
import { refusal } from './refusal';

type Partner = components['schemas']['PartnerDto'];
type Kind = Partner['kind'];
const KINDS: readonly Kind[] = ['business', 'association'];
const FIELDS = ['name', 'kind', 'contactEmail', 'contactPhone', 'logoUrl'];

/**
 * The town's partners (GET /partners): each with its kind, contact and bound staff accounts;
 * a form creates one (POST /partners) or edits the one chosen (PUT /partners/{id} with the
 * version read), and a staff account is bound to a partner by its person id (PUT
 * /partners/{id}/staff/{person}) or unbound. Refusals show next to their fields.
 */
export default function Partners() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const [partners, setPartners] = useState<Partner[]>();
  const [editing, setEditing] = useState<Partner>();
  const [done, setDone] = useState<string>();
  const load = useCallback(
    () =>
      apiOf(tenant)
        .GET('/api/v1/partners')
        .then(({ data }) => setPartners(data?.partners ?? [])),
    [tenant],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const saved = (message: string) => {
    setDone(message);
    setEditing(undefined);
    void load();
  };
  return (
    <Page title={t('manage.partners.title')}>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      {partners?.length === 0 && <p>{t('manage.partners.empty')}</p>}
      <ul className="cards">
        {partners?.map((partner) => (
          <li key={partner.partnerId} className="card">
            <h2>{partner.name}</h2>
            <p className="meta">
              <span>{t(`manage.partners.kind.${partner.kind}`)}</span>
              {partner.contactEmail && <span>{partner.contactEmail}</span>}
              {partner.contactPhone && <span>{partner.contactPhone}</span>}
            </p>
            <p className="actions">
              <button
                type="button"
                onClick={() => setEditing(partner)}
                aria-label={t('manage.partners.editNamed', { name: partner.name })}
              >
                {t('manage.partners.edit')}
              </button>
            </p>
            <Staff tenant={tenant} partner={partner} onChanged={saved} />
          </li>
        ))}
      </ul>
      <PartnerForm
        key={editing?.partnerId ?? 'new'}
        tenant={tenant}
        partner={editing}
        onSaved={saved}
        onCancel={() => setEditing(undefined)}
      />
    </Page>
  );
}

function PartnerForm({
  tenant,
  partner,
  onSaved,
  onCancel,
}: {
  tenant: string;
  partner?: Partner;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    name: partner?.name ?? '',
    kind: partner?.kind ?? ('business' as Kind),
    contactEmail: partner?.contactEmail ?? '',
    contactPhone: partner?.contactPhone ?? '',
    logoUrl: partner?.logoUrl ?? '',
  });
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      name: form.name,
      kind: form.kind,
      ...(form.contactEmail.trim() && { contactEmail: form.contactEmail.trim() }),
      ...(form.contactPhone.trim() && { contactPhone: form.contactPhone.trim() }),
      ...(form.logoUrl.trim() && { logoUrl: form.logoUrl.trim() }),
    };
    try {
      const { data, error } = partner
        ? await apiOf(tenant).PUT('/api/v1/partners/{partner}', {
            params: { path: { partner: partner.partnerId } },
            body: { ...body, version: partner.version },
          })
        : await apiOf(tenant).POST('/api/v1/partners', { body });
      if (data) onSaved(t('manage.partners.saved', { name: data.name }));
      else setShown(refusal(t, error as Problem, FIELDS));
    } catch {
      setShown(refusal(t, undefined, []));
    }
  };
  const text = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [name]: e.target.value });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The form of the partner chosen to edit, further down the page: the keyboard goes there.
    if (partner) heading.current?.focus();
  }, [partner]);
  return (
    <form onSubmit={save} noValidate className="card" aria-labelledby="partner-form">
      <h2 id="partner-form" ref={heading} tabIndex={-1}>
        {partner
          ? t('manage.partners.editNamed', { name: partner.name })
          : t('manage.partners.new')}
      </h2>
      <Field
        label={t('manage.partners.name')}
        value={form.name}
        onChange={text('name')}
        error={shown.fields.name}
      />
      <label className="field">
        <span>{t('manage.partners.kindLabel')}</span>
        <select
          value={form.kind}
          onChange={(e) => setForm({ ...form, kind: e.target.value as Kind })}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`manage.partners.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <Field
        label={t('manage.partners.email')}
        type="email"
        value={form.contactEmail}
        onChange={text('contactEmail')}
        error={shown.fields.contactEmail}
      />
      <Field
        label={t('manage.partners.phone')}
        hint={t('manage.partners.phoneHint')}
        type="tel"
        value={form.contactPhone}
        onChange={text('contactPhone')}
        error={shown.fields.contactPhone}
      />
      <Field
        label={t('manage.partners.logo')}
        type="url"
        value={form.logoUrl}
        onChange={text('logoUrl')}
        error={shown.fields.logoUrl}
      />
      <FormError message={shown.form} />
      <p className="actions">
        <button type="submit">
          {partner ? t('manage.partners.save') : t('manage.partners.create')}
        </button>
        {partner && (
          <button type="button" className="danger" onClick={onCancel}>
            {t('manage.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}

// The partner's bound staff accounts (person ids), each unbindable, and the binding of one more.
function Staff({
  tenant,
  partner,
  onChanged,
}: {
  tenant: string;
  partner: Partner;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [person, setPerson] = useState('');
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const path = (who: string) => ({ params: { path: { partner: partner.partnerId, person: who } } });
  const bind = async (event: FormEvent) => {
    event.preventDefault();
    const { data, error } = await apiOf(tenant).PUT(
      '/api/v1/partners/{partner}/staff/{person}',
      path(person.trim()),
    );
    if (data) onChanged(t('manage.partners.bound', { name: partner.name }));
    else setShown(refusal(t, error as Problem, ['person']));
  };
  const unbind = async (who: string) => {
    const { error, response } = await apiOf(tenant).DELETE(
      '/api/v1/partners/{partner}/staff/{person}',
      path(who),
    );
    if (response.ok) onChanged(t('manage.partners.unbound', { name: partner.name }));
    else setShown(refusal(t, error as Problem, []));
  };
  return (
    <>
      <h3>{t('manage.partners.staff')}</h3>
      {partner.staff.length === 0 && <p>{t('manage.partners.noStaff')}</p>}
      <ul className="list">
        {partner.staff.map((who) => (
          <li key={who}>
            <code>{who}</code>
            <button
              type="button"
              className="danger"
              onClick={() => void unbind(who)}
              aria-label={t('manage.partners.unbindNamed', { person: who })}
            >
              {t('manage.partners.unbind')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={bind} noValidate>
        <Field
          label={t('manage.partners.person')}
          hint={t('manage.partners.personHint')}
          value={person}
          onChange={(e) => setPerson(e.target.value)}
          error={shown.fields.person}
        />
        <FormError message={shown.form} />
        <button type="submit">{t('manage.partners.bind')}</button>
      </form>
    </>
  );
}
