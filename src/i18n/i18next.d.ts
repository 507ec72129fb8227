/** Types `t`'s keys from the English catalogue (see catalogues.ts). */
import 'i18next';
import type { Catalogue } from './catalogues';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
