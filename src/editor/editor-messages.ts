/**
 * The editor's words in every language, added to the app's catalogues when this module is
 * evaluated: they load with the editor, after the first view (which shows none of them).
 * Imported first by the editor's chunk (app/editor-slots), before any module of the editor can
 * word anything, and by the modules that word something as they load (place-form).
 */
import enEditor from '../i18n/locales/en/editor.json';
import arEditor from '../i18n/locales/ar/editor.json';
import { addMessages } from '../i18n/locale';

export const EDITOR_MESSAGES = { en: { editor: enEditor }, ar: { editor: arEditor } } as const;

addMessages(EDITOR_MESSAGES);
