/** A text in each language it was written in, as the public API gives titles and descriptions. */
export type Texts<T> = Partial<Record<'en' | 'sv' | 'pt', T>>;

/**
 * The text in `language`, else in English, else in any language it has; undefined when it has
 * none.
 */
export function textIn<T>(texts: Texts<T>, language: string): T | undefined {
  return (
    texts[language as keyof Texts<T>] ?? texts.en ?? Object.values(texts).find(Boolean) ?? undefined
  );
}
