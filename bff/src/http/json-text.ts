/**
 * A body already serialised to JSON, such as a kept answer (services/answer-cache.ts): sent as it
 * is, so a 15 KB answer is not stringified again on every request.
 */
export class JsonText {
  constructor(readonly text: string) {}
}
