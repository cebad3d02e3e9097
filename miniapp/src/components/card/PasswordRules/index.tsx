import type { PasswordRule } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { useI18n } from '../../../i18n';
import { a11y } from '../../a11y';
import { brokenRules, RULE_KEYS, RULES, type RuleStatus } from '../logic/password-rules';
import './index.scss';

const MARKS: Record<RuleStatus, string> = { unknown: '•', kept: '✓', broken: '✗' };

/**
 * The rules, listed before anything is typed; once six digits are in, each is marked kept or
 * broken, and the broken ones are named again in an alert so a screen reader hears them.
 */
export function PasswordRules({ statuses }: { statuses: Record<PasswordRule, RuleStatus> }) {
  const { t } = useI18n();
  const broken = brokenRules(statuses);
  return (
    <View className="ssc-rules">
      <Text className="ssc-rules__title">{t('card.pw.rulesTitle')}</Text>
      <View {...a11y({ role: 'list' })}>
        {RULES.map((rule) => {
          const status = statuses[rule];
          const said = status === 'unknown' ? '' : `${t(status === 'kept' ? 'card.pw.ruleKept' : 'card.pw.ruleBroken')}: `;
          return (
            <View key={rule} className={`ssc-rules__item ssc-rules__item--${status}`} {...a11y({ role: 'listitem' })} aria-label={`${said}${t(RULE_KEYS[rule])}`}>
              <Text className="ssc-rules__mark" aria-hidden>
                {MARKS[status]}
              </Text>
              <Text aria-hidden>{t(RULE_KEYS[rule])}</Text>
            </View>
          );
        })}
      </View>
      {broken.length > 0 ? (
        <View className="ssc-rules__alert" {...a11y({ role: 'alert' })}>
          <Text className="ssc-rules__alert-title">{t('card.pw.brokenTitle')}</Text>
          {broken.map((rule) => (
            <Text key={rule} className="ssc-rules__alert-item">
              {t(RULE_KEYS[rule])}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
