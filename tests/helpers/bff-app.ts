import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type Router from '@koa/router';
import type { ExecutionContext } from 'ava';
import mongoose, { type Connection } from 'mongoose';
import { createApp } from '../../bff/src/app';
import { createLogger } from '../../bff/src/logger';
import type { AppState } from '../../bff/src/types';

export type LogEntry = Record<string, unknown> & { msg?: string; reqId?: string; level?: number };

export interface MemoryLog {
  /** Every line written so far, parsed. */
  entries(): LogEntry[];
  /** Everything written so far, raw: for "never appears in the logs" assertions. */
  text(): string;
  /** Resolves with the first entry matching, waiting for lines written after the response (request log). */
  waitFor(predicate: (entry: LogEntry) => boolean, timeoutMs?: number): Promise<LogEntry>;
}

export function memoryLogger(level = 'debug') {
  const lines: string[] = [];
  const logger = createLogger({ level }, { write: (line: string) => void lines.push(line) });
  const log: MemoryLog = {
    entries: () => lines.map((line) => JSON.parse(line) as LogEntry),
    text: () => lines.join(''),
    async waitFor(predicate, timeoutMs = 2000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = log.entries().find(predicate);
        if (found) return found;
        if (Date.now() > deadline) throw new Error('expected log line never came');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
  return { logger, log };
}

export interface TestApp {
  url: string;
  log: MemoryLog;
}

export interface TestAppOptions {
  /** Defaults to a connection that was never opened: no database at all. */
  connection?: Connection;
  routers?: Router<AppState>[];
  /** Behind a trusted gateway: X-Forwarded-For and X-Request-Id are believed. */
  trustProxy?: boolean;
}

/** The real app on a loopback port, closed (with its sockets) when the test ends. */
export async function startApp(t: ExecutionContext, options: TestAppOptions = {}): Promise<TestApp> {
  const { logger, log } = memoryLogger();
  const connection = options.connection ?? mongoose.createConnection();
  const app = createApp({ connection, logger, config: { nodeEnv: 'test', trustProxy: options.trustProxy }, routers: options.routers });
  return { url: await listenForTest(t, app), log };
}

/** Serves a Koa app on a free loopback port for one test; its sockets and server close at the end. */
export async function listenForTest(t: ExecutionContext, app: { callback(): http.RequestListener }): Promise<string> {
  const server = http.createServer(app.callback());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** node:http rather than fetch, for headers fetch refuses to send as given. */
export function rawRequest(url: string, options: http.RequestOptions = {}, body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { ...options, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}
