import { rotationStep } from './rotation-step';

/**
 * Whether a rotating code of `step` proves a scan at `scanAt`: 'expired-code' unless the step is
 * within `skewSteps` steps (default 1, so ±30 s) of the scan's own, which allows for the screen's
 * and the phone's clocks and for a code shown just before it changed.
 */
export function rotatingCodeProblem(
  step: number,
  scanAt: Date,
  skewSteps = 1,
): 'expired-code' | undefined {
  return Math.abs(rotationStep(scanAt) - step) > skewSteps ? 'expired-code' : undefined;
}
