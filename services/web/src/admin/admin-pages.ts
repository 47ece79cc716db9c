import type { ComponentType } from 'react';
import { ActivityEditor } from './activity-editor';
import { AdminActivities } from './admin-activities';

/** The municipality staff's pages, by their path under /t/<tenant> (app.tsx routes them). */
export const ADMIN_PAGES: [string, ComponentType][] = [
  ['/admin/activities', AdminActivities],
  ['/admin/activities/new', ActivityEditor],
];

/** A tenant admin's main navigation: [path under the town, label key under `nav.`]. */
export const ADMIN_TABS: [string, string][] = [
  ['/admin/activities', 'admin'],
  ['/steward', 'steward'],
  ['/boards', 'boards'],
];
