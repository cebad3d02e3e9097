/**
 * Asks the person, from the submit tap, to be told of their application's progress. The build
 * picks subscribe.<platform>.ts: WeChat asks (subscribe.weapp.ts), the others do nothing. Never
 * rejects: a refusal or an unsupported platform must not stop the submission.
 */
export declare function askProgressSubscription(): Promise<void>;
