import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { TFunction } from 'i18next';
import type { components } from '@citypoints/public-api';
import type { Problem, ShownProblem } from '../api/problem';
import { apiOf } from '../session/session';
import { Field, FormError } from '../ui/field';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import { refusal } from './refusal';
// The disclosure of a group's management, as its founder's page styles it.
import '../pages/pages.css';

type Group = components['schemas']['ListedGroupDto'];
type Member = components['schemas']['GroupMemberDto'];

/** Groups per page of the list (the API's limit). */
const PAGE = 20;

/** The refusals of a group's management the page explains (problem code → text). */
function known(t: TFunction): Record<string, string> {
  return {
    'founder-or-admin-only': t('manage.groups.refused.founderOrAdminOnly'),
    'not-a-member': t('manage.groups.refused.notAMember'),
    'unknown-group': t('manage.groups.refused.unknownGroup'),
  };
}

/**
 * The town's groups (GET /groups): searched by a part of the name, a page of PAGE at a time
 * with the total; each with its founder (null once they left or were erased), member count and
 * founding date, and under a disclosure its management (GroupPanel).
 */
export default function Groups() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState({ search: '', offset: 0 });
  const [found, setFound] = useState<{ groups: Group[]; total: number }>();
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const [done, setDone] = useState<string>();
  const load = useCallback(async () => {
    try {
      const { data, error } = await apiOf(tenant).GET('/api/v1/groups', {
        params: {
          query: {
            ...(query.search.trim() && { search: query.search.trim() }),
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
    setQuery({ search, offset: 0 });
  };
  const changed = (message: string) => {
    setDone(message);
    void load();
  };
  const last = found ? Math.min(query.offset + PAGE, found.total) : 0;
  return (
    <Page title={t('manage.groups.title')}>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <form onSubmit={find} noValidate className="card" role="search">
        <Field
          label={t('manage.groups.search')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          error={shown.fields.search}
        />
        <FormError message={shown.form} />
        <button type="submit">{t('manage.groups.find')}</button>
      </form>
      {found?.total === 0 && <p>{t('manage.groups.none')}</p>}
      {found && found.total > 0 && (
        <p>{t('manage.groups.shown', { first: query.offset + 1, last, total: found.total })}</p>
      )}
      <ul className="cards">
        {found?.groups.map((group) => (
          <li key={group.groupId} className="card">
            <h2>{group.name}</h2>
            <p className="meta">
              <span>
                {group.founder
                  ? t('manage.groups.founder', { name: group.founder.displayName })
                  : t('manage.groups.noFounder')}
              </span>
              <span>{t('manage.groups.members', { count: group.memberCount })}</span>
              <span>{t('manage.groups.founded', { date: format.dateTime(group.createdAt) })}</span>
            </p>
            <GroupPanel tenant={tenant} group={group} onChanged={changed} />
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
            {t('manage.groups.previous')}
          </button>
          <button
            type="button"
            disabled={last >= found.total}
            onClick={() => setQuery({ ...query, offset: query.offset + PAGE })}
          >
            {t('manage.groups.next')}
          </button>
        </p>
      )}
    </Page>
  );
}

/**
 * A group's management by the town's admin, under a disclosure on its card: its name (PATCH
 * /groups/{group}), its members (GET /groups/{group}/members, named as they consented, else
 * by their id), each but the founder removable (DELETE /groups/{group}/members/{person}) or
 * made the founder (PUT /groups/{group}/founder), and the group's deletion (DELETE
 * /groups/{group}) once confirmed by a second button naming it. `onChanged` gets the message
 * of a change done and reloads the list.
 */
function GroupPanel({
  tenant,
  group,
  onChanged,
}: {
  tenant: string;
  group: Group;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(group.name);
  const [members, setMembers] = useState<Member[]>();
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const [deleting, setDeleting] = useState(false);
  const path = { params: { path: { group: group.groupId } } };
  const loadMembers = useCallback(
    () =>
      void apiOf(tenant)
        .GET('/api/v1/groups/{group}/members', { params: { path: { group: group.groupId } } })
        .then(({ data }) => setMembers(data?.members ?? [])),
    [tenant, group.groupId],
  );
  useEffect(() => {
    if (open) loadMembers();
  }, [open, loadMembers, group]);
  // Each change: its answer, then the message and the groups as they are now, or the refusal.
  const after = (answer: { error?: unknown; response: Response } | void, message: string) => {
    if (!answer) setShown(refusal(t, undefined, []));
    else if (answer.response.ok) {
      setShown({ fields: {} });
      onChanged(message);
    } else setShown(refusal(t, answer.error as Problem, ['name'], known(t)));
  };
  const ignore = () => undefined;
  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await apiOf(tenant)
      .PATCH('/api/v1/groups/{group}', { ...path, body: { name: name.trim() } })
      .catch(ignore);
    after(answer, t('manage.groups.renamed', { name: name.trim() }));
  };
  const remove = async (member: Member) => {
    const answer = await apiOf(tenant)
      .DELETE('/api/v1/groups/{group}/members/{person}', {
        params: { path: { group: group.groupId, person: member.userId } },
      })
      .catch(ignore);
    after(answer, t('manage.groups.removed', { name: nameOf(member), group: group.name }));
  };
  const handOver = async (member: Member) => {
    const answer = await apiOf(tenant)
      .PUT('/api/v1/groups/{group}/founder', { ...path, body: { person: member.userId } })
      .catch(ignore);
    after(answer, t('manage.groups.handedOver', { name: nameOf(member), group: group.name }));
  };
  const deleteGroup = async () => {
    const answer = await apiOf(tenant).DELETE('/api/v1/groups/{group}', path).catch(ignore);
    after(answer, t('manage.groups.deleted', { name: group.name }));
  };
  const nameOf = (member: Member) => member.publicName ?? member.userId;
  return (
    <details
      className="manage"
      open={open}
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>{t('manage.groups.manage', { name: group.name })}</summary>
      <form onSubmit={rename} noValidate>
        <Field
          label={t('manage.groups.newName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={shown.fields.name}
        />
        <button type="submit">{t('manage.groups.rename')}</button>
      </form>
      <h3>{t('manage.groups.memberList')}</h3>
      {members?.length === 0 && <p>{t('manage.groups.noMembers')}</p>}
      <ul className="list">
        {members?.map((member) => {
          const founder = member.userId === group.founder?.person;
          return (
            <li key={member.userId}>
              <span>
                {member.publicName ?? <code>{member.userId}</code>}
                {member.publicName === null && (
                  <>
                    <br />
                    <small>{t('manage.groups.hiddenName')}</small>
                  </>
                )}
                {founder && (
                  <>
                    <br />
                    <small>{t('manage.groups.isFounder')}</small>
                  </>
                )}
              </span>
              {!founder && (
                <span className="actions">
                  <button
                    type="button"
                    onClick={() => void handOver(member)}
                    aria-label={t('manage.groups.handOverTo', { name: nameOf(member) })}
                  >
                    {t('manage.groups.handOver')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => void remove(member)}
                    aria-label={t('manage.groups.removeNamed', { name: nameOf(member) })}
                  >
                    {t('manage.groups.remove')}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <FormError message={shown.form} />
      <p className="actions">
        {deleting ? (
          <>
            <button type="button" className="danger" onClick={() => void deleteGroup()}>
              {t('manage.groups.deleteConfirm', { name: group.name })}
            </button>
            <button type="button" onClick={() => setDeleting(false)}>
              {t('manage.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="danger" onClick={() => setDeleting(true)}>
            {t('manage.groups.delete', { name: group.name })}
          </button>
        )}
      </p>
    </details>
  );
}
