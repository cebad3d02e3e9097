import test from 'ava';
import { ApiError, NetworkError } from '../miniapp/src/services/errors';
import { errorText } from '../miniapp/src/i18n/error-text';
import { LOCALES, localeFromSystem } from '../miniapp/src/i18n/locales';
import { DICTIONARIES, placeholders, translate } from '../miniapp/src/i18n/translate';
import { zhCN } from '../miniapp/src/i18n/zh-CN';

const referenceKeys = Object.keys(zhCN).sort();

for (const locale of LOCALES) {
  test(`the ${locale} dictionary has exactly the reference keys, each with text`, (t) => {
    const dictionary = DICTIONARIES[locale];
    t.deepEqual(Object.keys(dictionary).sort(), referenceKeys);
    for (const [key, text] of Object.entries(dictionary)) t.true(text.trim().length > 0, `${locale} ${key} is empty`);
  });

  test(`the ${locale} dictionary uses the same parameters as the reference`, (t) => {
    for (const key of referenceKeys) {
      const k = key as keyof typeof zhCN;
      t.deepEqual(placeholders(DICTIONARIES[locale][k]), placeholders(zhCN[k]), `${locale} ${key}`);
    }
  });
}

test('fills parameters into the text of the locale asked for', (t) => {
  t.is(translate('en', 'login.resendIn', { seconds: 42 }), 'Send again in 42 s');
  t.is(translate('zh-CN', 'login.resendIn', { seconds: 42 }), '42 秒后可重发');
  t.is(translate('es', 'common.offlineAsOf', { time: '5 de marzo de 2024, 00:30' }), 'Sin conexión. Datos a fecha de 5 de marzo de 2024, 00:30.');
});

test('translates a key without parameters as it stands', (t) => {
  t.is(translate('en', 'home.title'), 'Social Security Card');
  t.is(translate('zh-CN', 'home.title'), '电子社保卡');
});

test('picks a supported locale from the system language the platforms report', (t) => {
  t.is(localeFromSystem('zh_CN'), 'zh-CN');
  t.is(localeFromSystem('zh-Hans'), 'zh-CN');
  t.is(localeFromSystem('en-US'), 'en');
  t.is(localeFromSystem('en'), 'en');
  t.is(localeFromSystem('es-419'), 'es');
  t.is(localeFromSystem('fr-FR'), 'zh-CN');
  t.is(localeFromSystem(undefined), 'zh-CN');
});

test('shows the server message of an api error and its own words for a missing answer', (t) => {
  t.is(errorText(new ApiError(423, 'PASSWORD_LOCKED', 'Password locked after 6 wrong attempts'), 'en'), 'Password locked after 6 wrong attempts');
  t.is(errorText(new ApiError(502, 'HTTP_502', 'HTTP 502'), 'en'), translate('en', 'common.genericError'));
  t.is(errorText(new NetworkError('offline', 'request:fail'), 'es'), translate('es', 'common.networkError'));
  t.is(errorText(new NetworkError('timeout', 'request:fail timeout'), 'zh-CN'), translate('zh-CN', 'common.timeout'));
  t.is(errorText(new Error('boom'), 'en'), translate('en', 'common.genericError'));
});
