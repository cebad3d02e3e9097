/** Not asked on Alipay yet: its subscription templates are configured differently. */
export function useProgressSubscription(): () => Promise<void> {
  return async () => {};
}
