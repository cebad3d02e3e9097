import { deserialize, serialize, type Document } from 'bson';

/** Opcodes of the MongoDB wire protocol this server speaks. */
export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_MSG = 2013;

const CHECKSUM_PRESENT = 1 << 0;
const MORE_TO_COME = 1 << 1;
const HEADER = 16;
export const MAX_MESSAGE_BYTES = 48_000_000;

export interface Request {
  requestId: number;
  opCode: number;
  /** The command document, with OP_MSG document-sequence sections merged in under their identifiers. */
  command: Document;
  /** OP_QUERY only: the namespace the legacy query was sent to (e.g. `admin.$cmd`). */
  namespace?: string;
  /** The client asked for no reply (OP_MSG moreToCome). */
  moreToCome: boolean;
}

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}

/** Length of the next complete message in `buf`, or 0 if more bytes are needed. */
export function nextMessageLength(buf: Buffer): number {
  if (buf.length < 4) return 0;
  const length = buf.readInt32LE(0);
  if (length < HEADER || length > MAX_MESSAGE_BYTES) throw new ProtocolError(`invalid message length ${length}`);
  return buf.length >= length ? length : 0;
}

export function parseMessage(msg: Buffer): Request {
  const requestId = msg.readInt32LE(4);
  const opCode = msg.readInt32LE(12);
  if (opCode === OP_MSG) return parseOpMsg(msg, requestId);
  if (opCode === OP_QUERY) return parseOpQuery(msg, requestId);
  throw new ProtocolError(`unsupported opcode ${opCode}`);
}

function parseOpMsg(msg: Buffer, requestId: number): Request {
  const flags = msg.readUInt32LE(HEADER);
  const end = flags & CHECKSUM_PRESENT ? msg.length - 4 : msg.length;
  let offset = HEADER + 4;
  let command: Document | undefined;
  const sequences: [string, Document[]][] = [];
  while (offset < end) {
    const kind = msg[offset];
    offset += 1;
    if (kind === 0) {
      const size = msg.readInt32LE(offset);
      command = deserialize(msg.subarray(offset, offset + size));
      offset += size;
    } else if (kind === 1) {
      const size = msg.readInt32LE(offset);
      const sectionEnd = offset + size;
      const nameEnd = msg.indexOf(0, offset + 4);
      const identifier = msg.toString('utf8', offset + 4, nameEnd);
      const docs: Document[] = [];
      for (let p = nameEnd + 1; p < sectionEnd; ) {
        const docSize = msg.readInt32LE(p);
        docs.push(deserialize(msg.subarray(p, p + docSize)));
        p += docSize;
      }
      sequences.push([identifier, docs]);
      offset = sectionEnd;
    } else {
      throw new ProtocolError(`unknown OP_MSG section kind ${kind}`);
    }
  }
  if (!command) throw new ProtocolError('OP_MSG without a body section');
  for (const [identifier, docs] of sequences) command[identifier] = docs;
  return { requestId, opCode: OP_MSG, command, moreToCome: (flags & MORE_TO_COME) !== 0 };
}

function parseOpQuery(msg: Buffer, requestId: number): Request {
  let offset = HEADER + 4;
  const nameEnd = msg.indexOf(0, offset);
  const namespace = msg.toString('utf8', offset, nameEnd);
  offset = nameEnd + 1 + 8; // numberToSkip, numberToReturn
  const size = msg.readInt32LE(offset);
  const query = deserialize(msg.subarray(offset, offset + size));
  // Legacy commands may wrap the command as { $query: {...}, $readPreference }.
  const command = query.$query && typeof query.$query === 'object' ? (query.$query as Document) : query;
  return { requestId, opCode: OP_QUERY, command, namespace, moreToCome: false };
}

let nextRequestId = 1;

function header(length: number, responseTo: number, opCode: number): Buffer {
  const buf = Buffer.allocUnsafe(HEADER);
  buf.writeInt32LE(length, 0);
  buf.writeInt32LE(nextRequestId++ & 0x7fffffff, 4);
  buf.writeInt32LE(responseTo, 8);
  buf.writeInt32LE(opCode, 12);
  return buf;
}

const SERIALIZE = { checkKeys: false, ignoreUndefined: true } as const;

export function encodeOpMsg(responseTo: number, reply: Document): Buffer {
  const body = serialize(reply, SERIALIZE);
  const length = HEADER + 4 + 1 + body.length;
  const flags = Buffer.alloc(5); // flagBits = 0, section kind 0
  return Buffer.concat([header(length, responseTo, OP_MSG), flags, body], length);
}

export function encodeOpReply(responseTo: number, reply: Document): Buffer {
  const body = serialize(reply, SERIALIZE);
  const fields = Buffer.alloc(20);
  fields.writeInt32LE(0, 0); // responseFlags
  fields.writeBigInt64LE(0n, 4); // cursorID
  fields.writeInt32LE(0, 12); // startingFrom
  fields.writeInt32LE(1, 16); // numberReturned
  const length = HEADER + fields.length + body.length;
  return Buffer.concat([header(length, responseTo, OP_REPLY), fields, body], length);
}
