import { ActivityArchived, ActivityPublished, ActivityUpdated } from '@citypoints/contracts';
import { activityOf } from '../testing/activity-of';
import { activityMessage } from './activity-message';

describe('activityMessage', () => {
  it('publishes the activity as verification needs it, keyed by tenant and activity', () => {
    const activity = activityOf({
      descriptions: { en: 'Bring gloves' },
      imageUrl: 'https://x.pt/a.png',
    });
    const message = activityMessage(ActivityPublished, activity);
    expect(message).toMatchObject({
      topic: 'citypoints.activities.v1',
      key: `cascais:${activity.activityId}`,
      event: {
        type: ActivityPublished,
        source: '/citypoints/activities',
        tenantid: 'cascais',
        subject: activity.activityId,
      },
    });
    expect(message.event.data).toEqual({
      activityId: activity.activityId,
      titles: activity.titles,
      category: 'environment',
      points: 50,
      place: activity.place,
      schedule: activity.schedule,
      methods: ['qr-gps'],
      limits: { oncePerOccurrence: true },
      codeGeneration: 1,
      version: 1,
    });
  });

  it('carries the code generation in ActivityUpdated, and only the id in ActivityArchived', () => {
    const activity = activityOf({ codeGeneration: 4 });
    expect(activityMessage(ActivityUpdated, activity).event.data).toMatchObject({
      codeGeneration: 4,
    });
    expect(activityMessage(ActivityArchived, activity).event.data).toEqual({
      activityId: activity.activityId,
    });
  });
});
