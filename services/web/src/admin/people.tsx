import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import type { Problem, ShownProblem } from '../api/problem';
import { apiOf } from '../session/session';
import { Field, FormError } from '../ui/field';
import { Page } from '../ui/layout';
import { refusal } from './refusal';

type Person = components['schemas']['PersonSummaryDto'];
type Role = Person['role'];

/** The roles the list filters by, in the order the filter offers them. */
export const ROLES: readonly Role[] = [
  'citizen',
  'verifier',
  'tenant-admin',
  'partner-staff',
  'platform-operator',
];

/** People per page of the list (the API's limit). */
const PAGE = 20;

/**
 * The town's people (GET /people): searched by a part of the name or e-mail and filtered by
 * role, a page of PAGE at a time with the total; each with their role, whether they are
 * active or suspended and whether their e-mail is verified, and a link to their page
 * (/admin/people/{person}, PersonPage) where an admin acts on them.
 */
export default function People() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [query, setQuery] = useState<{ search: string; role: Role | ''; offset: number }>({
    search: '',
    role: '',
    offset: 0,
  });
  const [found, setFound] = useState<{ people: Person[]; total: number }>();
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const load = useCallback(async () => {
    try {
      const { data, error } = await apiOf(tenant).GET('/api/v1/people', {
        params: {
          query: {
            ...(query.search.trim() && { search: query.search.trim() }),
            ...(query.role && { role: query.role }),
            limit: PAGE,
            offset: query.offset,
          },
        },
      });
      if (data) {
        setFound(data);
        setShown({ fields: {} });
      } else setShown(refusal(t, error as Problem, ['search']));
    } catch {
      setShown(refusal(t, undefined, []));
    }
  }, [tenant, query, t]);
  useEffect(() => {
    void load();
  }, [load]);
  const find = (event: FormEvent) => {
    event.preventDefault();
    setQuery({ search, role, offset: 0 });
  };
  const last = found ? Math.min(query.offset + PAGE, found.total) : 0;
  return (
    <Page title={t('manage.people.title')}>
      <form onSubmit={find} noValidate className="card" role="search">
        <Field
          label={t('manage.people.search')}
          hint={t('manage.people.searchHint')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          error={shown.fields.search}
        />
        <label className="field">
          <span>{t('manage.people.roleLabel')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
            <option value="">{t('manage.people.anyRole')}</option>
            {ROLES.map((each) => (
              <option key={each} value={each}>
                {t(`manage.people.role.${each}`)}
              </option>
            ))}
          </select>
        </label>
        <FormError message={shown.form} />
        <button type="submit">{t('manage.people.find')}</button>
      </form>
      {found?.total === 0 && <p>{t('manage.people.none')}</p>}
      {found && found.total > 0 && (
        <p role="status">
          {t('manage.people.shown', { first: query.offset + 1, last, total: found.total })}
        </p>
      )}
      <ul className="cards">
        {found?.people.map((person) => (
          <li key={person.userId} className="card">
            <h2>
              <Link
                to={`/t/${tenant}/admin/people/${person.userId}`}
                aria-label={t('manage.people.openNamed', { name: person.displayName })}
              >
                {person.displayName}
              </Link>
            </h2>
            <p className="meta">
              <span>{person.email}</span>
              <span>{t(`manage.people.role.${person.role}`)}</span>
              <span>{t(`manage.people.status.${person.status}`)}</span>
              <span>
                {person.emailVerified
                  ? t('manage.people.verified')
                  : t('manage.people.notVerified')}
              </span>
            </p>
          </li>
        ))}
      </ul>
      {found && found.total > PAGE && (
        <p className="actions">
          <button
            type="button"
            disabled={query.offset === 0}
            onClick={() => setQuery({ ...query, offset: Math.max(0, query.offset - PAGE) })}
          >
            {t('manage.people.previous')}
          </button>
          <button
            type="button"
            disabled={last >= found.total}
            onClick={() => setQuery({ ...query, offset: query.offset + PAGE })}
          >
            {t('manage.people.next')}
          </button>
        </p>
      )}
    </Page>
  );
}
