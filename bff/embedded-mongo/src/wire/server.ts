import net from 'node:net';
import type { Document } from 'bson';
import { runCommand } from '../commands';
import type { ServerState } from '../commands/context';
import type { EmbeddedLogger } from '../logger';
import { OP_QUERY, ProtocolError, encodeOpMsg, encodeOpReply, nextMessageLength, parseMessage } from './protocol';

/** Accepts wire-protocol connections and answers each message in order. */
export function createWireServer(state: ServerState, logger: EmbeddedLogger): net.Server {
  let connections = 0;
  return net.createServer((socket) => {
    const connectionId = ++connections;
    socket.setNoDelay(true);
    let pending: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      try {
        for (let length = nextMessageLength(pending); length > 0; length = nextMessageLength(pending)) {
          const message = pending.subarray(0, length);
          pending = pending.subarray(length);
          const reply = answer(state, message, connectionId);
          if (reply) socket.write(reply);
        }
      } catch (err) {
        // A malformed stream cannot be resynchronised: drop the connection, as mongod does.
        logger.warn('embedded db: closing a connection that sent a malformed message', { error: (err as Error).message });
        socket.destroy();
      }
    });
    socket.on('error', () => socket.destroy());
  });
}

function answer(state: ServerState, message: Buffer, connectionId: number): Buffer | undefined {
  const request = parseMessage(message);
  if (request.opCode === OP_QUERY) {
    // Only the legacy handshake still arrives as OP_QUERY, always as a command on `<db>.$cmd`.
    if (!request.namespace?.endsWith('.$cmd')) throw new ProtocolError('legacy OP_QUERY reads are not supported');
    return encodeOpReply(request.requestId, runCommand(state, request.command, connectionId, request.namespace));
  }
  const reply: Document = runCommand(state, request.command, connectionId);
  return request.moreToCome ? undefined : encodeOpMsg(request.requestId, reply);
}
