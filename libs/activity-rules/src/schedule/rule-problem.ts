/**
 * One refused field of an activity rule: its path (`schedule.hours.0.close`), a stable
 * kebab-case code that clients may branch on, and a message that names the field. It is
 * contracts' FieldError plus the code a DomainError carries.
 */
export interface RuleProblem {
  field: string;
  code: string;
  message: string;
}
