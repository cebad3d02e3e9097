import Taro from '@tarojs/taro';
import { parseTemplateIds } from './template-ids';

/**
 * WeChat shows its own dialog, which it allows only in answer to a tap: call this first thing in
 * the tap handler, before any await. Template ids come from TARO_APP_SUBSCRIBE_TEMPLATE_IDS
 * (compiled in); without them there is nothing to ask.
 */
export async function askProgressSubscription(): Promise<void> {
  const tmplIds = parseTemplateIds(process.env.TARO_APP_SUBSCRIBE_TEMPLATE_IDS);
  if (tmplIds.length === 0) return;
  try {
    await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] });
  } catch {
    // Refused, or switched off in the settings: the application goes ahead all the same.
  }
}
