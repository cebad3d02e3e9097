import type { ApplicationDetail } from '@ssc/shared';
import type { Locale } from '../../../i18n';

type Branch = NonNullable<ApplicationDetail['branch']>;

/** The branch's name as the apply form showed it: Chinese for a Chinese reader, else its English name. */
export function branchName(branch: Pick<Branch, 'name' | 'nameEn'>, locale: Locale): string {
  return locale === 'zh-CN' ? branch.name : branch.nameEn;
}
