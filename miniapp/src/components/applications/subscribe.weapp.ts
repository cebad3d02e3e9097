import Taro from '@tarojs/taro';
import { useSubscription, type AskPlatform } from './use-subscription';

// WeChat takes the ids as `tmplIds` and answers `accept`, `reject`, `ban` or `filter` per id.
const ask: AskPlatform = async (ids) => (await Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] })) as Record<string, unknown>;

export function useProgressSubscription(): () => Promise<void> {
  return useSubscription(ask);
}
