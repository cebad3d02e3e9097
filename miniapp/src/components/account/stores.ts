import { snapshots, taroStore } from '../../services/client';
import { createPrivacyAgreement } from './privacy-agreement';
import { createSeenMark } from './seen-mark';

/** The account pages' marks, bound to Taro's storage (the modules themselves are pure). */
export const privacyAgreement = createPrivacyAgreement(taroStore);
export const applicationsSeen = createSeenMark(snapshots);
