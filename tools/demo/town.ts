import { DemoAccount } from './demo-system';

/**
 * How residents take part in a demo activity: scanning its code on site (`check-in`), shown
 * to a steward (`steward`), reported by the municipality's fault-report system over the
 * integration topic (`report`), or not yet (`none`, a concert to come).
 */
export type DemoUse = 'check-in' | 'steward' | 'report' | 'none';

/** An activity as its admin creates it through the gateway, and how the demo takes part. */
export interface DemoActivitySpec {
  body: {
    titles: Record<string, string>;
    place: { latitude: number; longitude: number; radius: number };
    schedule: { kind: string } & Record<string, unknown>;
    methods: string[];
    points: number;
    limits?: { perPeriod?: { count: number; period: string } } & Record<string, unknown>;
  } & Record<string, unknown>;
  use: DemoUse;
  /** How often residents go there, against the town's other activities. */
  weight: number;
}

/** A partner with its offers, as the admin adds them, and its counter staff. */
export interface DemoPartner {
  name: string;
  kind: 'business' | 'association';
  logoUrl: string;
  staff: DemoAccount;
  offers: Record<string, unknown>[];
}

/** A town of the demo: its tenant, its people and what they can do there. */
export interface DemoTown {
  slug: string;
  name: string;
  defaultLocale: 'pt' | 'sv';
  timeZone: string;
  admin: DemoAccount;
  steward: DemoAccount;
  /** Residents whose sign-in a README names; the rest are made up from the names below. */
  knownResidents: DemoAccount[];
  residentPassword: string;
  mailDomain: string;
  firstNames: readonly string[];
  lastNames: readonly string[];
  /** The fault-report system's CloudEvents `source`. */
  reportSource: string;
  activities: (now: number) => DemoActivitySpec[];
  partners: (now: number) => DemoPartner[];
  causes: { texts: Record<string, { title: string; description: string }>; target: number }[];
  groups: { name: string; kind: 'team' | 'school' | 'association' | 'neighbourhood' }[];
}
