/** The languages a tenant and its people may choose. */
export const LOCALES = ['en', 'sv', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];
