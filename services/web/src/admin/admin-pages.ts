import { lazy, type ComponentType } from 'react';
import { ActivityEditor } from './activity-editor';
import { AdminActivities } from './admin-activities';

// The staff's pages other than the activities load when first opened: residents never fetch
// them, and the statistics' chart library stays out of the start page.
const AdminHub = lazy(() => import('./admin-hub'));
const ActivityScreen = lazy(() => import('./activity-screen'));
const Reviews = lazy(() => import('./reviews'));
const Partners = lazy(() => import('./partners'));
const OfferApproval = lazy(() => import('./offer-approval'));
const AdminCauses = lazy(() => import('./causes'));
const BoardRules = lazy(() => import('./board-rules'));
const Statistics = lazy(() => import('./statistics'));
const People = lazy(() => import('./people'));
const PersonPage = lazy(() => import('./person'));
const Groups = lazy(() => import('./groups'));

/** The municipality staff's pages, by their path under /t/<tenant> (app.tsx routes them). */
export const ADMIN_PAGES: [string, ComponentType][] = [
  ['/admin', AdminHub],
  ['/admin/activities', AdminActivities],
  ['/admin/activities/new', ActivityEditor],
  ['/admin/activities/:activity', ActivityEditor],
  ['/admin/activities/:activity/screen', ActivityScreen],
  ['/admin/reviews', Reviews],
  ['/admin/partners', Partners],
  ['/admin/offers', OfferApproval],
  ['/admin/causes', AdminCauses],
  ['/admin/boards', BoardRules],
  ['/admin/statistics', Statistics],
  ['/admin/people', People],
  ['/admin/people/:person', PersonPage],
  ['/admin/groups', Groups],
];

/**
 * A tenant admin's main navigation: [path under the town, label key under `nav.`]. The
 * administration's hub (/admin) lists every section; the tab stays marked on all of them.
 */
export const ADMIN_TABS: [string, string][] = [
  ['/admin', 'manage'],
  ['/steward', 'steward'],
  ['/boards', 'boards'],
];
