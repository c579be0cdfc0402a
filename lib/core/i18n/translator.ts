export type TranslateOf<Key extends string> = (
  key: Key,
  params?: Record<string, string | number>,
) => string;

/**
 * A runtime catalogue instead of the browser's i18n API, because the UI language must switch
 * from settings without reloading the extension. `{name}` placeholders are filled from params.
 */
export function translatorFor<Key extends string>(
  catalogue: Record<Key, string>,
): TranslateOf<Key> {
  return (key, params) => {
    const template = catalogue[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
