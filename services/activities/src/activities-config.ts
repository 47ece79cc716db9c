import { ActivityCodeKeySetting, ServiceConfig } from '@citypoints/platform';

/** The settings of activities: those of every service, plus the key its codes are signed with. */
export class ActivitiesConfig extends ServiceConfig {
  /** The deployment's activity-code key (ActivityCodeKeySetting); verification holds it too. */
  @ActivityCodeKeySetting()
  ACTIVITY_CODE_KEY: string;
}
