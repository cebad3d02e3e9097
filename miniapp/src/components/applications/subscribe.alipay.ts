/** Not asked on Alipay yet: its subscription templates are configured differently (no ids here). */
export async function askProgressSubscription(): Promise<void> {}
