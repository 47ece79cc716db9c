import { useCallback, useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { TFunction } from 'i18next';
import type { components } from '@citypoints/public-api';
import type { Problem, ShownProblem } from '../api/problem';
import { apiOf } from '../session/session';
import { FormError } from '../ui/field';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import { refusal } from './refusal';
import './admin.css';

type Person = components['schemas']['PersonSummaryDto'];
type Movement = components['schemas']['MovementDto'];
type Partner = components['schemas']['PartnerDto'];
type GivenRole = components['schemas']['RoleChangeDto']['role'];
const GIVEN_ROLES: readonly GivenRole[] = ['citizen', 'verifier', 'tenant-admin', 'partner-staff'];

/** The identity's refusals of acting on a person, in the admin's language (problem code → text). */
function known(t: TFunction): Record<string, string> {
  return {
    'may-not-administer': t('manage.person.refused.mayNotAdminister'),
    'may-not-give-role': t('manage.person.refused.mayNotGiveRole'),
    'partner-mismatch': t('manage.person.refused.partnerMismatch'),
    'last-admin': t('manage.person.refused.lastAdmin'),
    'unknown-person': t('manage.person.refused.unknownPerson'),
  };
}

/**
 * One person of the town (GET /people/{person}): their e-mail, role, status and e-mail
 * verification, their balance and movements (GET /people/{person}/balance and /history, older
 * pages on demand); an admin changes their role (PUT /people/{person}/role; partner staff
 * with a partner of GET /partners), suspends or reinstates them (POST / DELETE
 * /people/{person}/suspension) and erases them on their request (POST
 * /people/{person}/erasure) once confirmed by a second button naming them. Refusals (e.g.
 * `may-not-administer` for acting on oneself) show next to the field or the action.
 */
export default function PersonPage() {
  const { t } = useTranslation();
  const { tenant = '', person: id = '' } = useParams();
  const [person, setPerson] = useState<Person>();
  const [missing, setMissing] = useState<string>();
  const [done, setDone] = useState<string>();
  const [erased, setErased] = useState(false);
  const load = useCallback(async () => {
    const { data, error } = await apiOf(tenant).GET('/api/v1/people/{person}', {
      params: { path: { person: id } },
    });
    if (data) setPerson(data);
    else setMissing(refusal(t, error as Problem, [], known(t)).form);
  }, [tenant, id, t]);
  useEffect(() => {
    void load();
  }, [load]);
  const changed = (message: string) => {
    setDone(message);
    void load();
  };
  const back = (
    <p>
      <Link to={`/t/${tenant}/admin/people`}>{t('manage.person.back')}</Link>
    </p>
  );
  if (erased || !person) {
    return (
      <Page title={t('manage.person.title')}>
        {back}
        {done && (
          <p className="success" role="status">
            {done}
          </p>
        )}
        {!erased && <FormError message={missing} />}
        {!erased && !missing && <p>{t('app.loading')}</p>}
      </Page>
    );
  }
  return (
    <Page title={person.displayName}>
      {back}
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <section className="card" aria-labelledby="person-summary">
        <h2 id="person-summary">{t('manage.person.summary')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('manage.person.email')}</dt>
            <dd>{person.email}</dd>
          </div>
          <div>
            <dt>{t('manage.person.role')}</dt>
            <dd>{t(`manage.people.role.${person.role}`)}</dd>
          </div>
          <div>
            <dt>{t('manage.person.status')}</dt>
            <dd>{t(`manage.people.status.${person.status}`)}</dd>
          </div>
          <div>
            <dt>{t('manage.person.emailCheck')}</dt>
            <dd>
              {person.emailVerified ? t('manage.people.verified') : t('manage.people.notVerified')}
            </dd>
          </div>
        </dl>
        <p className="hint">
          {t('manage.person.id')} <code>{person.userId}</code>
        </p>
      </section>
      <Points tenant={tenant} person={person} />
      <RoleForm tenant={tenant} person={person} onChanged={changed} />
      <Suspension tenant={tenant} person={person} onChanged={changed} />
      <Erasure
        tenant={tenant}
        person={person}
        onErased={() => {
          setErased(true);
          setDone(t('manage.person.erased', { name: person.displayName }));
        }}
      />
    </Page>
  );
}

// The person's balance and movements, newest first; older pages added on demand.
function Points({ tenant, person }: { tenant: string; person: Person }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [balance, setBalance] = useState<number>();
  const [movements, setMovements] = useState<Movement[]>();
  const [next, setNext] = useState<number | null>(null);
  const page = useCallback(
    async (before?: number) => {
      const { data } = await apiOf(tenant).GET('/api/v1/people/{person}/history', {
        params: {
          path: { person: person.userId },
          query: { limit: 20, ...(before !== undefined && { before }) },
        },
      });
      if (!data) return;
      setMovements((shown) => [...(before !== undefined ? (shown ?? []) : []), ...data.entries]);
      setNext(data.next);
    },
    [tenant, person.userId],
  );
  useEffect(() => {
    void apiOf(tenant)
      .GET('/api/v1/people/{person}/balance', { params: { path: { person: person.userId } } })
      .then(({ data }) => setBalance(data?.balance));
    void page();
  }, [tenant, person.userId, page]);
  return (
    <section className="card" aria-labelledby="person-points">
      <h2 id="person-points">{t('manage.person.points')}</h2>
      <p data-testid="person-balance">
        {balance === undefined
          ? t('app.loading')
          : t('manage.person.balance', { count: balance, points: format.number(balance) })}
      </p>
      <h3>{t('manage.person.history')}</h3>
      {movements?.length === 0 && <p>{t('manage.person.noHistory')}</p>}
      <ul className="list">
        {movements?.map((movement) => (
          <li key={movement.movementId}>
            <span>
              <strong>{t(`movement.${movement.kind}`)}</strong> {movement.reason}
              {movement.note && <> — {movement.note}</>}
              <br />
              <small>{format.dateTime(movement.recordedAt)}</small>
            </span>
            <span className={movement.amount < 0 ? 'minus' : 'plus'}>
              {movement.amount > 0 ? '+' : ''}
              {format.number(movement.amount)}
            </span>
          </li>
        ))}
      </ul>
      {next !== null && (
        <button type="button" onClick={() => void page(next)}>
          {t('manage.person.older')}
        </button>
      )}
    </section>
  );
}

// Another role for the person; partner staff need the partner they act for.
function RoleForm({
  tenant,
  person,
  onChanged,
}: {
  tenant: string;
  person: Person;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<GivenRole>(
    person.role === 'platform-operator' ? 'citizen' : person.role,
  );
  const [partnerId, setPartnerId] = useState(person.partnerId ?? '');
  const [partners, setPartners] = useState<Partner[]>();
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  useEffect(() => {
    if (role !== 'partner-staff' || partners) return;
    void apiOf(tenant)
      .GET('/api/v1/partners')
      .then(({ data }) => setPartners(data?.partners ?? []));
  }, [tenant, role, partners]);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const body = { role, ...(role === 'partner-staff' && partnerId && { partnerId }) };
    try {
      const { error, response } = await apiOf(tenant).PUT('/api/v1/people/{person}/role', {
        params: { path: { person: person.userId } },
        body,
      });
      if (response.ok) {
        setShown({ fields: {} });
        onChanged(
          t('manage.person.roleChanged', {
            name: person.displayName,
            role: t(`manage.people.role.${role}`),
          }),
        );
      } else setShown(refusal(t, error as Problem, ['role', 'partnerId'], known(t)));
    } catch {
      setShown(refusal(t, undefined, []));
    }
  };
  return (
    <form onSubmit={save} noValidate className="card" aria-labelledby="person-role">
      <h2 id="person-role">{t('manage.person.changeRole')}</h2>
      <p className="hint lead">{t('manage.person.roleHint')}</p>
      <Choice label={t('manage.person.newRole')} error={shown.fields.role}>
        {(described) => (
          <select
            value={role}
            onChange={(e) => setRole(e.target.value as GivenRole)}
            {...described}
          >
            {GIVEN_ROLES.map((each) => (
              <option key={each} value={each}>
                {t(`manage.people.role.${each}`)}
              </option>
            ))}
          </select>
        )}
      </Choice>
      {role === 'partner-staff' && (
        <Choice label={t('manage.person.partner')} error={shown.fields.partnerId}>
          {(described) => (
            <select value={partnerId} onChange={(e) => setPartnerId(e.target.value)} {...described}>
              <option value="">{t('manage.person.choosePartner')}</option>
              {partners?.map((partner) => (
                <option key={partner.partnerId} value={partner.partnerId}>
                  {partner.name}
                </option>
              ))}
            </select>
          )}
        </Choice>
      )}
      <FormError message={shown.form} />
      <button type="submit">{t('manage.person.saveRole')}</button>
    </form>
  );
}

// A labelled select with its error, tied to it (aria-describedby), marked invalid while wrong.
function Choice({
  label,
  error,
  children,
}: {
  label: string;
  error?: string;
  children: (described: {
    'aria-invalid'?: boolean;
    'aria-describedby'?: string;
    id: string;
  }) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(error && { 'aria-invalid': true, 'aria-describedby': `${id}-error` }),
      })}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

// Suspends an active person, reinstates a suspended one; a refusal shows by the button.
function Suspension({
  tenant,
  person,
  onChanged,
}: {
  tenant: string;
  person: Person;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string>();
  const suspended = person.status === 'suspended';
  const act = async () => {
    const path = { params: { path: { person: person.userId } } };
    try {
      const { error, response } = suspended
        ? await apiOf(tenant).DELETE('/api/v1/people/{person}/suspension', path)
        : await apiOf(tenant).POST('/api/v1/people/{person}/suspension', path);
      if (response.ok) {
        setProblem(undefined);
        onChanged(
          t(suspended ? 'manage.person.reinstated' : 'manage.person.suspended', {
            name: person.displayName,
          }),
        );
      } else setProblem(refusal(t, error as Problem, [], known(t)).form);
    } catch {
      setProblem(refusal(t, undefined, []).form);
    }
  };
  return (
    <section className="card" aria-labelledby="person-suspension">
      <h2 id="person-suspension">{t('manage.person.access')}</h2>
      <p className="hint lead">
        {suspended ? t('manage.person.reinstateHint') : t('manage.person.suspendHint')}
      </p>
      <FormError message={problem} />
      <button type="button" className={suspended ? undefined : 'danger'} onClick={() => void act()}>
        {suspended
          ? t('manage.person.reinstate', { name: person.displayName })
          : t('manage.person.suspend', { name: person.displayName })}
      </button>
    </section>
  );
}

// The erasure on the person's request: a first button asks, a second one naming them erases.
function Erasure({
  tenant,
  person,
  onErased,
}: {
  tenant: string;
  person: Person;
  onErased: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string>();
  const erase = async () => {
    try {
      const { error, response } = await apiOf(tenant).POST('/api/v1/people/{person}/erasure', {
        params: { path: { person: person.userId } },
      });
      if (response.ok) onErased();
      else setProblem(refusal(t, error as Problem, [], known(t)).form);
    } catch {
      setProblem(refusal(t, undefined, []).form);
    }
  };
  return (
    <section className="card" aria-labelledby="person-erasure">
      <h2 id="person-erasure">{t('manage.person.erasure')}</h2>
      <p className="hint lead">{t('manage.person.erasureHint')}</p>
      <FormError message={problem} />
      {!asking ? (
        <button type="button" className="danger" onClick={() => setAsking(true)}>
          {t('manage.person.erase')}
        </button>
      ) : (
        <div role="group" aria-labelledby="erasure-question">
          <p id="erasure-question">
            <strong>{t('manage.person.eraseQuestion', { name: person.displayName })}</strong>
          </p>
          <p className="actions">
            <button type="button" className="danger" onClick={() => void erase()}>
              {t('manage.person.eraseConfirm', { name: person.displayName })}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('manage.cancel')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
