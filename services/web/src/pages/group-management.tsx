import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { showProblem, type Problem, type ShownProblem } from '../api/problem';
import { useProfile } from '../session/profile';
import { apiOf } from '../session/session';
import { Field, FormError } from '../ui/field';
import './pages.css';

type Group = components['schemas']['MyGroupDto'];
type Member = components['schemas']['GroupMemberDto'];

/** The refusals of a group's management the page explains (problem codes of the public API). */
const REFUSALS = ['founder-or-admin-only', 'not-a-member', 'unknown-group'];

/**
 * What the founder of `group` manages, under a disclosure on its card: its name (PATCH
 * /groups/{group}), its members (GET /groups/{group}/members, named as they consented), each of
 * whom they may remove (DELETE /groups/{group}/members/{person}) or make the founder (PUT
 * /groups/{group}/founder), and deleting the group (DELETE /groups/{group}, confirmed first).
 * `onChanged` reloads the person's groups after each change.
 */
export function GroupManagement({ group, onChanged }: { group: Group; onChanged: () => void }) {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const profile = useProfile();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(group.name);
  const [members, setMembers] = useState<Member[]>();
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const [done, setDone] = useState<string>();
  const [deleting, setDeleting] = useState(false);
  const path = { params: { path: { group: group.groupId } } };
  const known = Object.fromEntries(REFUSALS.map((code) => [code, t(`groupAdmin.refused.${code}`)]));
  const loadMembers = useCallback(
    () =>
      void apiOf(tenant)
        .GET('/api/v1/groups/{group}/members', {
          params: { path: { group: group.groupId } },
        })
        .then(({ data }) => setMembers(data?.members ?? [])),
    [tenant, group.groupId],
  );
  useEffect(() => {
    if (open) loadMembers();
  }, [open, loadMembers]);
  // Each change: its answer, then the message and the groups as they are now.
  const after = (answer: { error?: unknown; response: Response }, message: string) => {
    if (answer.response.ok) {
      setShown({ fields: {} });
      setDone(message);
      loadMembers();
      onChanged();
    } else {
      setDone(undefined);
      setShown(showProblem(t, answer.error as Problem, known));
    }
  };
  const failed = () => setShown(showProblem(t, undefined));
  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await apiOf(tenant)
      .PATCH('/api/v1/groups/{group}', { ...path, body: { name: name.trim() } })
      .catch(failed);
    if (answer) after(answer, t('groupAdmin.renamed'));
  };
  const remove = async (member: Member) => {
    const answer = await apiOf(tenant)
      .DELETE('/api/v1/groups/{group}/members/{person}', {
        params: { path: { group: group.groupId, person: member.userId } },
      })
      .catch(failed);
    if (answer) after(answer, t('groupAdmin.removed', { name: nameOf(member) }));
  };
  const handOver = async (member: Member) => {
    const answer = await apiOf(tenant)
      .PUT('/api/v1/groups/{group}/founder', { ...path, body: { person: member.userId } })
      .catch(failed);
    if (answer) after(answer, t('groupAdmin.handedOver', { name: nameOf(member) }));
  };
  const deleteGroup = async () => {
    const answer = await apiOf(tenant).DELETE('/api/v1/groups/{group}', path).catch(failed);
    if (answer) after(answer, t('groupAdmin.deleted'));
  };
  const nameOf = (member: Member) => member.publicName ?? t('boards.anonymous');
  const others = (members ?? []).filter((m) => m.userId !== profile?.userId);
  return (
    <details
      className="manage"
      open={open}
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>{t('groupAdmin.manage')}</summary>
      <form onSubmit={rename} noValidate>
        <Field
          label={t('groupAdmin.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={shown.fields.name}
        />
        <button type="submit">{t('groupAdmin.rename')}</button>
      </form>
      <h3>{t('groupAdmin.members')}</h3>
      {members && others.length === 0 && <p>{t('groupAdmin.alone')}</p>}
      <ul className="list">
        {others.map((member) => (
          <li key={member.userId}>
            <span>{nameOf(member)}</span>
            <span className="actions">
              <button
                type="button"
                onClick={() => void handOver(member)}
                aria-label={t('groupAdmin.handOverTo', { name: nameOf(member) })}
              >
                {t('groupAdmin.handOver')}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => void remove(member)}
                aria-label={t('groupAdmin.removeMember', { name: nameOf(member) })}
              >
                {t('groupAdmin.remove')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <p>
        {deleting ? (
          <button type="button" className="danger" onClick={() => void deleteGroup()}>
            {t('groupAdmin.deleteConfirm')}
          </button>
        ) : (
          <button type="button" className="danger" onClick={() => setDeleting(true)}>
            {t('groupAdmin.delete')}
          </button>
        )}
      </p>
      <FormError message={shown.form} />
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
    </details>
  );
}
