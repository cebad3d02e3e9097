import net from 'node:net';
import type { ExecutionContext } from 'ava';

/**
 * A TCP proxy on loopback to the target: for each client it opens a connection upstream and lets
 * `wire` decide what passes between the two. Closed with all its sockets when the test ends.
 */
async function loopbackProxy(t: ExecutionContext, target: { port: number }, wire: (client: net.Socket, upstream: net.Socket) => void): Promise<number> {
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, '127.0.0.1');
    track(client);
    track(upstream);
    wire(client, upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return (server.address() as net.AddressInfo).port;
}

export interface LatencyProxy {
  port: number;
  uri: string;
  /** Delay added to every chunk, each way, from now on. */
  setLatency(ms: number): void;
}

/** A proxy that holds every chunk for `latency` ms before passing it on, in order: a database that answers, slowly. */
export async function latencyProxy(t: ExecutionContext, target: { port: number }): Promise<LatencyProxy> {
  let latency = 0;
  // Each direction keeps its own release time, so a latency change never reorders chunks.
  const pipe = (from: net.Socket, to: net.Socket) => {
    let releaseAt = 0;
    from.on('data', (chunk: Buffer) => {
      releaseAt = Math.max(releaseAt, Date.now() + latency);
      setTimeout(() => to.destroyed || to.write(chunk), releaseAt - Date.now());
    });
    from.on('close', () => setTimeout(() => to.destroy(), Math.max(0, releaseAt - Date.now())));
  };
  const port = await loopbackProxy(t, target, (client, upstream) => {
    pipe(client, upstream);
    pipe(upstream, client);
  });
  return { port, uri: `mongodb://127.0.0.1:${port}/`, setLatency: (ms) => (latency = ms) };
}

export interface ResettingProxy {
  uri: string;
  /** The next connection to send more than `bytes` towards the database is reset, mid-message. */
  resetAfter(bytes: number): void;
}

/**
 * A proxy that passes traffic through until armed; then, once a connection has sent the armed
 * number of bytes, it stops reading from that client (so a large write waits for the socket to
 * drain) and resets it: the network dying in the middle of a write.
 */
export async function resettingProxy(t: ExecutionContext, target: { port: number }): Promise<ResettingProxy> {
  let limit = Infinity;
  const port = await loopbackProxy(t, target, (client, upstream) => {
    let sent = 0;
    client.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      if (sent <= limit) {
        upstream.write(chunk);
        return;
      }
      limit = Infinity;
      client.pause();
      setTimeout(() => client.resetAndDestroy(), 50);
    });
    upstream.on('data', (chunk: Buffer) => client.destroyed || client.write(chunk));
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  return { uri: `mongodb://127.0.0.1:${port}/`, resetAfter: (bytes) => (limit = bytes) };
}
