import { ActivityCodesDto } from '@citypoints/http-contracts';
import { Locale, LOCALES } from '@citypoints/contracts';
import { Activity } from '../activities/activity';

/**
 * What a printed poster of an activity says (issue 12): its title in each language it has
 * (in LOCALES order, so English leads), its whole points per participation, the static code
 * for the QR and its typed form for people without a camera.
 */
export interface PosterContent {
  titles: { locale: Locale; text: string }[];
  points: number;
  code: string;
  typedCode: string;
}

/** The poster of `activity` with its current `codes` (ActivityCodes.poster). */
export function posterContent(activity: Activity, codes: ActivityCodesDto): PosterContent {
  const titles = LOCALES.flatMap((locale) => {
    const text = activity.titles[locale];
    return text ? [{ locale, text }] : [];
  });
  return { titles, points: activity.points, code: codes.code, typedCode: codes.typedCode };
}
