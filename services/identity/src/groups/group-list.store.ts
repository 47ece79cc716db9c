import { GroupListDto, ListedGroupDto } from '@citypoints/http-contracts';
import { EntityManager } from 'typeorm';

/** What a page of groups is cut from: a part of the name, and where the page starts. */
export interface GroupSearch {
  search?: string;
  limit: number;
  offset: number;
}

// LIKE's own characters in a search match only themselves.
const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const MATCHES = `FROM groups g WHERE g.tenant_id = $1 AND ($2::text IS NULL OR g.name ILIKE $2)`;

/**
 * A page of the tenant's groups in order of name (ignoring case, then id), with how many match
 * in all: `search` matches a part of the name, ignoring case. Each group has its number of
 * members as its member list counts them, and its founder (the `created_by` person, with the
 * display name identity holds) while they belong to it and are not erased, else null.
 */
export async function listGroups(
  db: EntityManager,
  tenant: string,
  { search, limit, offset }: GroupSearch,
): Promise<GroupListDto> {
  const pattern = search ? likePattern(search) : null;
  const rows: (ListedGroupDto & { total: string })[] = await db.query(
    `SELECT g.id AS "groupId", g.name,
            CASE WHEN p.id IS NULL THEN NULL
                 ELSE json_build_object('person', p.id, 'displayName', p.display_name) END
              AS founder,
            (SELECT count(*)::int FROM group_member c
             WHERE c.tenant_id = g.tenant_id AND c.group_id = g.id) AS "memberCount",
            to_char(g.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
              AS "createdAt",
            count(*) OVER () AS total
     FROM groups g
     LEFT JOIN group_member f
       ON f.tenant_id = g.tenant_id AND f.group_id = g.id AND f.person_id = g.created_by
     LEFT JOIN person p
       ON p.tenant_id = f.tenant_id AND p.id = f.person_id AND p.erased_at IS NULL
     WHERE g.tenant_id = $1 AND ($2::text IS NULL OR g.name ILIKE $2)
     ORDER BY lower(g.name), g.id LIMIT $3 OFFSET $4`,
    [tenant, pattern, limit, offset],
  );
  const total = rows[0] ? Number(rows[0].total) : await countGroups(db, tenant, pattern);
  return { groups: rows.map(({ total: _total, ...group }) => group), total };
}

// A page past the last match holds no row to count with: count apart.
async function countGroups(db: EntityManager, tenant: string, pattern: string | null) {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count ${MATCHES}`, [tenant, pattern]);
  return count as number;
}
