/**
 * The bounds (whole numbers, inclusive) of a tenant's verification settings, for the event
 * (VerificationSettingsV1) and identity's settings request alike; `reviewPointsAtLeast` is
 * points (1 to MAX_POINTS).
 */
export const VERIFICATION_LIMITS = {
  /** Metres, the 95 % radius of a GPS fix. */
  maxAccuracyMetres: { min: 5, max: 5000 },
  /** Hours between a scan and its check-in: up to a week offline. */
  lateCheckInHours: { min: 0, max: 168 },
  /** km/h between two check-ins of a person. */
  maxTravelKmh: { min: 10, max: 2000 },
  /** Metres. */
  reviewAccuracyMetres: { min: 1, max: 5000 },
} as const;
