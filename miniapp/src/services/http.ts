import type Taro from '@tarojs/taro';
import { z } from 'zod';
import { ApiError, NetworkError, ResponseShapeError } from './errors';
import type { EtagCache } from './etag-cache';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: HttpMethod;
  /** Under the API base, starting with `/`: `/records/summary`. */
  path: string;
  query?: Query;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** A local file (Taro's temp path) sent as multipart/form-data under `field`, instead of a JSON body. */
  file?: { path: string; field: string };
  /** Revalidate with If-None-Match and answer a 304 from the stored body (the records endpoints). */
  etag?: boolean;
  timeoutMs?: number;
}

/** What a transport sends: everything already encoded. */
export interface TransportRequest {
  url: string;
  method: HttpMethod;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

/** Header names lower-cased; the body as text, parsed here so every platform parses alike. */
export interface TransportResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends one request. Rejects with a NetworkError when there is no answer at all. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** A file upload: the file goes as a multipart part named `field`, the headers as given. */
export interface UploadRequest {
  url: string;
  headers: Record<string, string>;
  filePath: string;
  field: string;
  timeoutMs: number;
}

export type UploadTransport = (request: UploadRequest) => Promise<TransportResponse>;

export interface HttpDeps {
  transport: Transport;
  /** For requests with a `file` (the ID photo); without it such a request fails. */
  upload?: UploadTransport;
  /** `/api/v1` on H5 (same origin) or an absolute URL. */
  baseUrl: string;
  session: { token(): string | undefined; clear(): void };
  /** The person's language, for Accept-Language: the BFF words its error messages in it. */
  locale: () => string;
  /** After a 401 has cleared the session: take the person to login (services/navigation.ts). */
  onUnauthorized: () => void;
  /** After a 403 NOT_BOUND: the account still needs real-name binding (services/navigation.ts). */
  onNotBound?: () => void;
  etags?: EtagCache;
  timeoutMs?: number;
}

export interface HttpClient {
  request<S extends z.ZodType>(schema: S, options: RequestOptions): Promise<z.output<S>>;
}

const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) });

export function queryString(query: Query | undefined): string {
  const pairs = Object.entries(query ?? {}).filter(([, value]) => value !== undefined && value !== null);
  // URLSearchParams is missing from the mini-program engines.
  return pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&')}`;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined; // 204 and friends
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function apiError(status: number, text: string): ApiError {
  const parsed = ErrorBody.safeParse(parseJson(text));
  if (parsed.success) return new ApiError(status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.details);
  // Not the BFF's own answer (a proxy's error page, say): keep the status, no text to show.
  return new ApiError(status, `HTTP_${status}`, `HTTP ${status}`);
}

function upload(deps: HttpDeps, request: UploadRequest): Promise<TransportResponse> {
  if (!deps.upload) throw new Error('This HTTP client was made without an upload transport');
  return deps.upload(request);
}

/**
 * The API client: JSON in, the shared zod schema's output out, typed errors otherwise. Pure, with
 * its transport given: services/client.ts gives it Taro.request, the Node tests a fetch.
 */
export function createHttpClient(deps: HttpDeps): HttpClient {
  return {
    async request(schema, options) {
      const relative = `${options.path}${queryString(options.query)}`;
      const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': deps.locale(), ...options.headers };
      const token = deps.session.token();
      if (token) headers.Authorization = `Bearer ${token}`;
      if (options.body !== undefined) headers['Content-Type'] = 'application/json';
      const cached = options.etag ? deps.etags?.get(relative) : undefined;
      if (cached) headers['If-None-Match'] = cached.etag;

      const url = deps.baseUrl + relative;
      const timeoutMs = options.timeoutMs ?? deps.timeoutMs ?? 15_000;
      const response = options.file
        ? await upload(deps, { url, headers, filePath: options.file.path, field: options.file.field, timeoutMs })
        : await deps.transport({ url, method: options.method ?? 'GET', headers, body: options.body === undefined ? undefined : JSON.stringify(options.body), timeoutMs });

      let text = response.body;
      if (response.status === 304 && cached) text = cached.body;
      else if (response.status === 401) {
        deps.session.clear();
        deps.onUnauthorized();
        throw apiError(response.status, text);
      } else if (response.status < 200 || response.status >= 300) {
        const error = apiError(response.status, text);
        if (error.status === 403 && error.code === 'NOT_BOUND') deps.onNotBound?.();
        throw error;
      } else if (options.etag && response.headers.etag) deps.etags?.put(relative, { etag: response.headers.etag, body: text });

      const parsed = schema.safeParse(parseJson(text));
      if (!parsed.success) {
        throw new ResponseShapeError(options.path, parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
      }
      return parsed.data;
    },
  };
}

function lowerCaseKeys(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers && typeof headers === 'object') for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = String(v);
  return out;
}

/**
 * The one place that calls Taro.request (given, so this module stays importable in Node). The body
 * is asked for as text and parsed above: platforms differ in what they do with bad JSON.
 */
export function taroTransport(taroRequest: typeof Taro.request): Transport {
  return async ({ url, method, headers, body, timeoutMs }) => {
    let response: Taro.request.SuccessCallbackResult<string>;
    try {
      response = await taroRequest({ url, method, header: headers, data: body, dataType: 'text', responseType: 'text', timeout: timeoutMs });
    } catch (error) {
      const errMsg = String((error as { errMsg?: unknown } | undefined)?.errMsg ?? error);
      throw new NetworkError(/timeout|超时/i.test(errMsg) ? 'timeout' : 'offline', errMsg, { cause: error });
    }
    // Alipay names the response headers `headers`; WeChat and H5 name them `header`.
    const raw = response.header ?? (response as { headers?: unknown }).headers;
    const data = response.data;
    return { status: response.statusCode, headers: lowerCaseKeys(raw), body: typeof data === 'string' ? data : data == null ? '' : JSON.stringify(data) };
  };
}

/**
 * The other transport: Taro.uploadFile (given, like Taro.request above), for the ID photo. It
 * posts multipart/form-data itself; the answer comes back as text, like the JSON transport's.
 */
export function taroUploadTransport(taroUploadFile: typeof Taro.uploadFile): UploadTransport {
  return async ({ url, headers, filePath, field, timeoutMs }) => {
    let response: Taro.uploadFile.SuccessCallbackResult;
    try {
      response = await taroUploadFile({ url, filePath, name: field, header: headers, timeout: timeoutMs });
    } catch (error) {
      const errMsg = String((error as { errMsg?: unknown } | undefined)?.errMsg ?? error);
      throw new NetworkError(/timeout|超时/i.test(errMsg) ? 'timeout' : 'offline', errMsg, { cause: error });
    }
    const data: unknown = response.data;
    // uploadFile gives no response headers on every platform; none are needed for an upload.
    return { status: response.statusCode, headers: {}, body: typeof data === 'string' ? data : data == null ? '' : JSON.stringify(data) };
  };
}
