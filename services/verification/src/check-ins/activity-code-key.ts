/** The injection token of the deployment's activity-code key (ACTIVITY_CODE_KEY), a Buffer. */
export const ACTIVITY_CODE_KEY = Symbol('ACTIVITY_CODE_KEY');
