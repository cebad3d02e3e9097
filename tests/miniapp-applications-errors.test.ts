import test from 'ava';
import { applyErrorView, pickedPhotoTooLarge } from '../miniapp/src/components/applications/apply-errors';
import { translate } from '../miniapp/src/i18n/translate';
import { ApiError, NetworkError } from '../miniapp/src/services/errors';

const notAllowed = (details: unknown) => new ApiError(409, 'APPLICATION_NOT_ALLOWED', 'Ahora no es posible este tipo de solicitud.', details);

test('says why a kind of application was refused', (t) => {
  t.is(applyErrorView(notAllowed({ reason: 'hasCard' }), 'en').text, translate('en', 'applications.refusal.hasCard'));
  t.is(applyErrorView(notAllowed({ reason: 'notReportedLost' }), 'zh-CN').text, translate('zh-CN', 'applications.refusal.notReportedLost'));
});

test('gives the date from which a renewal is possible', (t) => {
  const view = applyErrorView(notAllowed({ reason: 'tooEarly', renewableFrom: '2026-05-01T00:00:00.000Z' }), 'en');
  t.is(view.text, 'A card can be renewed from 60 days before it expires. You can apply from 1 May 2026.');
});

test('falls back to the bff message for a refusal reason it does not know', (t) => {
  t.is(applyErrorView(notAllowed({ reason: 'somethingNew' }), 'es').text, 'Ahora no es posible este tipo de solicitud.');
});

test('points to the applications list when one is already in progress', (t) => {
  const view = applyErrorView(new ApiError(409, 'APPLICATION_IN_PROGRESS', 'You already have an application in progress.'), 'en');
  t.is(view.text, 'You already have an application in progress.');
  t.is(view.action, 'applications');
});

test('explains refused photos with the minimum size the bff gave', (t) => {
  const small = applyErrorView(new ApiError(422, 'PHOTO_TOO_SMALL', 'small', { minWidth: 295, minHeight: 413 }), 'en');
  t.is(small.text, 'The photo is too small: it needs at least 295×413 pixels. Please use a sharper ID photo.');
  t.is(applyErrorView(new ApiError(413, 'PHOTO_TOO_LARGE', 'large'), 'zh-CN').text, translate('zh-CN', 'applications.photo.tooLarge'));
  t.is(applyErrorView(new ApiError(415, 'PHOTO_TYPE_UNSUPPORTED', 'type'), 'es').text, translate('es', 'applications.photo.unsupported'));
});

test('says the network is down when there was no answer', (t) => {
  t.is(applyErrorView(new NetworkError('offline', 'uploadFile:fail'), 'en').text, translate('en', 'common.networkError'));
});

test('refuses a picked file over 2 mb before sending it', (t) => {
  t.true(pickedPhotoTooLarge(2 * 1024 * 1024 + 1));
  t.false(pickedPhotoTooLarge(2 * 1024 * 1024));
  t.false(pickedPhotoTooLarge(undefined));
});

test('keeps the cancel dialog buttons short enough for the platforms in every language', (t) => {
  // WeChat and Taro refuse a modal whose button text is over 4 Chinese (8 Latin) characters.
  const width = (text: string) => text.replace(/[\u0391-\uFFE5]/g, 'aa').length;
  for (const locale of ['zh-CN', 'en', 'es'] as const) {
    for (const key of ['applications.detail.cancelYes', 'applications.detail.cancelNo'] as const) t.true(width(translate(locale, key)) <= 8, `${locale} ${key}`);
  }
});
