/** A browser has no subscription messages: progress shows in the message centre (and by SMS where chosen). */
export function useProgressSubscription(): () => Promise<void> {
  return async () => {};
}
