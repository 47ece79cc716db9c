// The rules of activities that the activities and the verification services both apply.
export {
  ActivityCode,
  ActivityCodeSubject,
  CODE_PREFIX,
  ROTATION_SECONDS,
} from './codes/activity-code';
export { matchesTypedCode } from './codes/matches-typed-code';
export { ActivityCodeRefusal, readActivityCode } from './codes/read-activity-code';
export { rotatingActivityCode } from './codes/rotating-activity-code';
export { rotatingCodeProblem } from './codes/rotating-code-problem';
export { rotationStep } from './codes/rotation-step';
export { staticActivityCode } from './codes/static-activity-code';
export { typedActivityCode } from './codes/typed-activity-code';
export { assertPlace, MAX_PLACE_RADIUS } from './place/assert-place';
export { assertPosition } from './place/assert-position';
export { Coordinates, Place, Position } from './place/coordinates';
export { distanceMetres } from './place/distance-metres';
export { impossibleTravel, TimedPosition } from './place/impossible-travel';
export { PositionProblem, positionProblem } from './place/position-problem';
export {
  ActivityLimits,
  CheckInTime,
  LIMIT_PERIODS,
  LimitPeriod,
  LimitRefusal,
  MAX_COOLDOWN_MINUTES,
  MAX_PER_PERIOD,
} from './limits/activity-limits';
export { assertLimits } from './limits/assert-limits';
export { limitReached } from './limits/limit-reached';
export { limitsProblems } from './limits/limits-problems';
export { assertSchedule } from './schedule/assert-schedule';
export { isOpenAt } from './schedule/is-open-at';
export { occurrenceOf } from './schedule/occurrence-of';
export { RuleProblem } from './schedule/rule-problem';
export {
  IsoWeekday,
  LocalHours,
  MAX_EXCEPTIONS,
  MAX_WEEKLY_HOURS,
  Schedule,
  ScheduleException,
  WeeklyHours,
} from './schedule/schedule';
export { scheduleProblems } from './schedule/schedule-problems';
