/**
 * Whether a request path is the API's. Routes match their paths exactly, case included, but a
 * path such as `/API/v1/card` is still an API request to everything around the router: it gets
 * the hostile-input checks, `no-store`, the masked log line and a JSON 404, never the H5 app.
 */
export function isApiPath(path: string): boolean {
  const head = path.slice(0, 5).toLowerCase();
  return head === '/api/' || (head === '/api' && path.length === 4);
}
