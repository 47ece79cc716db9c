/**
 * The sections of a town's administration, as the hub lists them: [path under /t/<tenant>,
 * key under `manage.hub.` (its name; `<key>Hint` its line of explanation)].
 */
export const ADMIN_SECTIONS: [string, string][] = [
  ['/admin/activities', 'activities'],
  ['/admin/reviews', 'reviews'],
  ['/admin/partners', 'partners'],
  ['/admin/offers', 'offers'],
  ['/admin/causes', 'causes'],
  ['/admin/boards', 'boards'],
  ['/admin/people', 'people'],
  ['/admin/groups', 'groups'],
  ['/admin/statistics', 'statistics'],
];
