import type { ComponentType } from 'react';
import { Counter } from '../pages/counter';

/** The partner staff's pages, by their path under /t/<tenant> (app.tsx routes them). */
export const PARTNER_PAGES: [string, ComponentType][] = [['/counter', Counter]];

/** Partner staff's main navigation: [path under the town, label key under `nav.`]. */
export const PARTNER_TABS: [string, string][] = [['/counter', 'counter']];
