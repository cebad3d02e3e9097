/** A browser has no subscription messages: progress shows in the app (and by SMS where set up). */
export async function askProgressSubscription(): Promise<void> {}
