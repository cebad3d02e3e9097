/**
 * Errors meaning "the database cannot be reached right now". Matched by name, not instanceof:
 * mongoose ships its own copy of the driver (node_modules/mongoose/node_modules/mongodb), so a
 * class imported from `mongodb` is not the class mongoose throws.
 */
const UNAVAILABLE_NAMES = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoServerClosedError',
  'MongoClientClosedError',
  'MongoPoolClearedError',
  'MongoOperationTimeoutError',
]);

// Mongoose's own wording when it has no connection to hand an operation to (buffering on or off).
const MONGOOSE_NO_CONNECTION = [
  /buffering timed out after \d+ms/,
  /before initial connection is complete if `bufferCommands = false`/,
];

function isUnavailable(error: Error): boolean {
  if (UNAVAILABLE_NAMES.has(error.name)) return true;
  return error.name === 'MongooseError' && MONGOOSE_NO_CONNECTION.some((pattern) => pattern.test(error.message));
}

/** Follows `cause` a few levels: wrappers (ours or the driver's) keep the original there. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (isUnavailable(current)) return true;
    current = current.cause;
  }
  return false;
}

/** E11000: a unique index refused the write. Its message quotes the key value, so it must not be logged. */
export function isDuplicateKey(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 11000;
}
