/** WeChat asks about at most three templates per tap. */
export const MAX_TEMPLATES_PER_REQUEST = 3;

/**
 * The subscription template ids from TARO_APP_SUBSCRIBE_TEMPLATE_IDS (comma-separated): trimmed,
 * without blanks or repeats, at most three. None means the request is skipped.
 */
export function parseTemplateIds(raw: string | undefined): string[] {
  const ids = (raw ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return [...new Set(ids)].slice(0, MAX_TEMPLATES_PER_REQUEST);
}
