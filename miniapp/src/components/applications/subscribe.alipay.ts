import Taro from '@tarojs/taro';
import { useSubscription, type AskPlatform } from './use-subscription';

// Alipay takes the ids as `entityIds` (my.requestSubscribeMessage); Taro gives its answer per id
// in the same form as WeChat's, so the report is built the same way.
const ask: AskPlatform = async (ids) => (await Taro.requestSubscribeMessage({ tmplIds: [], entityIds: ids })) as Record<string, unknown>;

export function useProgressSubscription(): () => Promise<void> {
  return useSubscription(ask);
}
