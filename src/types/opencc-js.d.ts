// opencc-js ships its types for the package root only; this is the traditional -> simplified
// entry the normaliser uses (subpath exports are not visible under this project's module resolution).
declare module 'opencc-js/t2cn' {
  export function Converter(options: { from: 'hk' | 'tw' | 'twp' | 't'; to: 'cn' }): (text: string) => string;
  /** The dictionaries behind each locale: groups of 'key value|key value' strings (or [key, value] pairs). */
  type Dict = string | [string, string][];
  export const Locale: { from: Record<string, Dict[][] | Dict[]>; to: Record<string, Dict[][] | Dict[]> };
}
