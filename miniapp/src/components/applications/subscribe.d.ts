/**
 * Asking the person, from the submit tap, to be told of their application's progress. The build
 * picks subscribe.<platform>.ts: WeChat and Alipay ask (use-subscription.ts), H5 has nothing to ask.
 *
 * Call the hook when the page loads: it fetches the template ids then, because the platforms show
 * their dialog only in direct answer to a tap, with no network call in between. Call the function it
 * returns first thing in the tap handler. It never rejects: a refusal, a missing template or an
 * unsupported platform must not stop the submission.
 */
export declare function useProgressSubscription(): () => Promise<void>;
