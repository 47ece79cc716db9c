// A town's activities, created and published by its admin through the gateway's public API, as
// a municipality's staff would.
import { check, DemoApi } from './demo-system';
import { DemoActivitySpec } from './town';

/** A published demo activity: what it is, its id and the code on its poster. */
export interface DemoActivity {
  spec: DemoActivitySpec;
  activityId: string;
  code: string;
}

/**
 * The admin (`admin`) creates and publishes `specs` through the gateway, skipping those the
 * tenant has already (by English title), so that running it again adds nothing. Answers them
 * in order, each with its poster's code.
 */
export async function seedActivities(
  admin: DemoApi,
  specs: DemoActivitySpec[],
): Promise<DemoActivity[]> {
  type Listed = { activityId: string; state: string; titles: { en?: string } };
  const listed = check(await admin('/activities'), [200], 'activities').activities as Listed[];
  const published: DemoActivity[] = [];
  for (const spec of specs) {
    let found = listed.find((existing) => existing.titles.en === spec.body.titles.en);
    found ??= check(await admin('/activities', spec.body), [201], 'activity') as Listed;
    if (found.state === 'draft') {
      check(await admin(`/activities/${found.activityId}/publication`, {}), [200], 'publication');
    }
    const codes = check(await admin(`/activities/${found.activityId}/codes`), [200], 'codes');
    published.push({ spec, activityId: found.activityId, code: codes.code as string });
  }
  return published;
}
