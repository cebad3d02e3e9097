import { HelpArticle, HelpIndex, PrivacyPolicy } from '@ssc/shared';
import { http } from '../client';

// Public and in the request's language (Accept-Language from the current locale).
export const getHelpIndex = () => http.request(HelpIndex, { path: '/help' });
export const getHelpArticle = (slug: string) => http.request(HelpArticle, { path: `/help/${encodeURIComponent(slug)}` });
export const getPrivacyPolicy = () => http.request(PrivacyPolicy, { path: '/help/privacy-policy' });
