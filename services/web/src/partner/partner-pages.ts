import { lazy, type ComponentType } from 'react';
import { Counter } from '../pages/counter';

// The offers' and statistics' pages load when first opened: residents never fetch them.
const PartnerOffers = lazy(() => import('./offers').then((m) => ({ default: m.PartnerOffers })));
const OfferEditor = lazy(() => import('./offer-editor').then((m) => ({ default: m.OfferEditor })));
const PartnerStatistics = lazy(() =>
  import('./statistics').then((m) => ({ default: m.PartnerStatistics })),
);

/** The partner staff's pages, by their path under /t/<tenant> (app.tsx routes them). */
export const PARTNER_PAGES: [string, ComponentType][] = [
  ['/counter', Counter],
  ['/partner/offers', PartnerOffers],
  ['/partner/offers/new', OfferEditor],
  ['/partner/offers/:offer', OfferEditor],
  ['/partner/statistics', PartnerStatistics],
];

/** Partner staff's main navigation: [path under the town, label key under `nav.`]. */
export const PARTNER_TABS: [string, string][] = [
  ['/counter', 'counter'],
  ['/partner/offers', 'partnerOffers'],
  ['/partner/statistics', 'partnerStatistics'],
];
