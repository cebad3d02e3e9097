/**
 * A body already serialised to JSON and encoded as UTF-8, such as a kept answer
 * (services/answer-cache.ts): sent as it is, so a 15 KB answer is neither stringified nor encoded
 * again on every request.
 */
export class JsonText {
  readonly bytes: Buffer;

  constructor(text: string) {
    this.bytes = Buffer.from(text, 'utf8');
  }

  get text(): string {
    return this.bytes.toString('utf8');
  }
}
