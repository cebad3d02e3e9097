import { Text, View } from '@tarojs/components';
import { LOCALES, useI18n } from '../../i18n';
import { a11y } from '../a11y';
import { tellNoticeLanguage } from '../messages/notice-locale';
import './index.scss';

/** Each language named in itself, so a person who cannot read the current one finds theirs. */
export function LocaleSwitch() {
  const { t, locale, setLocale } = useI18n();
  const choose = (option: typeof locale) => {
    if (option === locale) return;
    setLocale(option);
    tellNoticeLanguage(option);
  };
  return (
    <View className="ssc-locale" {...a11y({ role: 'group' })} aria-label={t('language.label')}>
      {LOCALES.map((option) => (
        <View
          key={option}
          className={option === locale ? 'ssc-locale__option ssc-locale__option--current' : 'ssc-locale__option'}
          {...a11y({ role: 'button', lang: option })}
          aria-pressed={option === locale}
          aria-label={t(`language.${option}`)}
          onClick={() => choose(option)}
        >
          <Text>{t(`language.${option}`)}</Text>
        </View>
      ))}
    </View>
  );
}
