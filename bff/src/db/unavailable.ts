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
  'MongoPoolClosedError',
  // No pooled connection came free within a `waitQueueTimeoutMS` set in the URI: too slow.
  'MongoWaitQueueTimeoutError',
  'MongoOperationTimeoutError',
]);

// Mongoose's own wording when it has no connection to hand an operation to (buffering on or off).
const MONGOOSE_NO_CONNECTION = [
  /buffering timed out after \d+ms/,
  /before initial connection is complete if `bufferCommands = false`/,
];

/**
 * Socket failures the driver sometimes passes on bare, with no MongoNetworkError around them: a
 * write too large for the socket buffer (a bulk insert, a photo) waits for 'drain', and a reset
 * while it waits rejects with the socket's own error.
 */
const SOCKET_ERROR_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ECONNREFUSED', 'ETIMEDOUT', 'ENOTCONN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN']);

function isSocketError(error: Error): boolean {
  const { code, syscall } = error as { code?: unknown; syscall?: unknown };
  return typeof syscall === 'string' && typeof code === 'string' && SOCKET_ERROR_CODES.has(code);
}

function isUnavailable(error: Error): boolean {
  if (UNAVAILABLE_NAMES.has(error.name)) return true;
  return error.name === 'MongooseError' && MONGOOSE_NO_CONNECTION.some((pattern) => pattern.test(error.message));
}

/**
 * The error a wrapper wraps: `cause` for ours and most of the driver's, but the driver's
 * MongoBulkWriteError (bulkWrite, insertMany) keeps a network failure in `errorResponse`.
 */
function wrapped(error: Error): unknown {
  const response = (error as { errorResponse?: unknown }).errorResponse;
  return response instanceof Error ? response : error.cause;
}

/**
 * Follows wrapped errors a few levels down to the original. A bare socket error counts when it
 * is thrown as it is (nothing but the driver talks to a socket inside a request; calls to the
 * platforms become AppErrors) or wrapped by the driver, not when another client wraps it (fetch's
 * "fetch failed" to an SMS provider is not a database outage).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  let fromDriver = true;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (isUnavailable(current) || (fromDriver && isSocketError(current))) return true;
    fromDriver = current.name.startsWith('Mongo');
    current = wrapped(current);
  }
  return false;
}

/** E11000: a unique index refused the write. Its message quotes the key value, so it must not be logged. */
export function isDuplicateKey(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 11000;
}
