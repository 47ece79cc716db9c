import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { showProblem, type Problem, type ShownProblem } from '../api/problem';
import { apiOf } from '../session/session';
import { Field } from '../ui/field';
import { GroupManagement } from './group-management';
import { Page } from '../ui/layout';

type Group = components['schemas']['MyGroupDto'];
type Kind = Group['kind'];
const KINDS: readonly Kind[] = ['team', 'school', 'association', 'neighbourhood'];

/**
 * The resident's groups: each with its members and invite code (and a link that joins it),
 * leaving one; joining one by its invite code (also from a shared link: ?invite=…); founding
 * one with a name and a kind. A group's founder also manages it (GroupManagement).
 */
export function Groups() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const [search] = useSearchParams();
  const [groups, setGroups] = useState<Group[]>();
  const [invite, setInvite] = useState(search.get('invite') ?? '');
  const [joinShown, setJoinShown] = useState<ShownProblem>({ fields: {} });
  const [founding, setFounding] = useState({ name: '', kind: 'team' as Kind });
  const [foundShown, setFoundShown] = useState<ShownProblem>({ fields: {} });
  const load = useCallback(
    () =>
      void apiOf(tenant)
        .GET('/api/v1/me/groups')
        .then(({ data }) => setGroups(data?.groups ?? [])),
    [tenant],
  );
  useEffect(load, [load]);
  const join = async (event: FormEvent) => {
    event.preventDefault();
    const { error } = await apiOf(tenant).POST('/api/v1/groups/memberships', {
      body: { inviteCode: invite.trim() },
    });
    if (error)
      return setJoinShown(
        showProblem(t, error as Problem, { 'unknown-invite-code': t('groups.unknownCode') }),
      );
    setJoinShown({ fields: {} });
    setInvite('');
    load();
  };
  const found = async (event: FormEvent) => {
    event.preventDefault();
    const { error } = await apiOf(tenant).POST('/api/v1/groups', { body: founding });
    if (error) return setFoundShown(showProblem(t, error as Problem));
    setFoundShown({ fields: {} });
    setFounding({ name: '', kind: 'team' });
    load();
  };
  const leave = async (group: Group) => {
    await apiOf(tenant).DELETE('/api/v1/me/groups/{group}', {
      params: { path: { group: group.groupId } },
    });
    load();
  };
  return (
    <Page title={t('groups.title')}>
      {groups?.length === 0 && <p>{t('groups.none')}</p>}
      <ul className="cards">
        {groups?.map((group) => (
          <li key={group.groupId} className="card">
            <h2>{group.name}</h2>
            <p className="meta">
              <span>{t(`groups.kind.${group.kind}`)}</span>
              <span>{t('groups.members', { count: group.memberCount })}</span>
              <span>{t(`groups.role.${group.role}`)}</span>
            </p>
            <p>
              {t('groups.inviteCode')} <span className="code">{group.inviteCode}</span>
            </p>
            <p className="hint">
              {t('groups.inviteLink')}{' '}
              <a href={`/t/${tenant}/groups?invite=${encodeURIComponent(group.inviteCode)}`}>
                {`${window.location.origin}/t/${tenant}/groups?invite=${group.inviteCode}`}
              </a>
            </p>
            <button type="button" onClick={() => void leave(group)}>
              {t('groups.leave')}
            </button>
            {group.role === 'founder' && <GroupManagement group={group} onChanged={load} />}
          </li>
        ))}
      </ul>
      <form onSubmit={join} noValidate aria-labelledby="join">
        <h2 id="join">{t('groups.join')}</h2>
        <Field
          label={t('groups.inviteCode')}
          value={invite}
          onChange={(e) => setInvite(e.target.value)}
          error={joinShown.fields.inviteCode}
          autoCapitalize="characters"
          autoComplete="off"
        />
        {joinShown.form && <p className="error">{joinShown.form}</p>}
        <button type="submit">{t('groups.joinButton')}</button>
      </form>
      <form onSubmit={found} noValidate aria-labelledby="found">
        <h2 id="found">{t('groups.found')}</h2>
        <Field
          label={t('groups.name')}
          value={founding.name}
          onChange={(e) => setFounding({ ...founding, name: e.target.value })}
          error={foundShown.fields.name}
        />
        <label className="field">
          <span>{t('groups.kindLabel')}</span>
          <select
            value={founding.kind}
            onChange={(e) => setFounding({ ...founding, kind: e.target.value as Kind })}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`groups.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        {foundShown.form && <p className="error">{foundShown.form}</p>}
        <button type="submit">{t('groups.foundButton')}</button>
      </form>
    </Page>
  );
}
