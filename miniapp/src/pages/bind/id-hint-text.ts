import type { I18n } from '../../i18n';
import type { IdHint } from './id-hint';

/** The reason an ID number is wrong, in the person's language. */
export function idHintText(hint: IdHint, t: I18n['t']): string {
  switch (hint.problem) {
    case 'length':
      return t('account.bind.id.length', { typed: hint.typed });
    case 'characters':
      return t('account.bind.id.characters');
    case 'birthDate':
      return t('account.bind.id.birthDate');
    case 'checkCharacter':
      return t('account.bind.id.checkCharacter', { expected: hint.expectedCheck ?? '?' });
  }
}
