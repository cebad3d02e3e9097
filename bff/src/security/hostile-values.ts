/**
 * What no request may carry, whatever the route: MongoDB operator keys (`$gt`, `$where`: a value
 * that reaches a query as an object becomes a condition, CWE-943), prototype keys (`__proto__`,
 * `constructor`, `prototype`: a merge or path assignment into a plain object pollutes every object,
 * CWE-1321) and text no person types (NUL and other controls, lone surrogates, bidi overrides and
 * invisible characters, used to smuggle or spoof what a page shows, CWE-176). U+FFFD is what
 * bytes that were not UTF-8 (a lone surrogate sent as WTF-8, say) decode to.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// Tab, line feed and carriage return are allowed (an office's free note may have lines).
const UNSAFE_TEXT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffd-\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Deeper than any request this API takes (an import record's place is at depth 4). */
export const MAX_DEPTH = 16;

export type Problem = 'operatorKey' | 'prototypeKey' | 'unsafeText' | 'tooDeep';

export function keyProblem(key: string): Problem | null {
  if (key.startsWith('$')) return 'operatorKey';
  if (PROTOTYPE_KEYS.has(key)) return 'prototypeKey';
  return UNSAFE_TEXT.test(key) ? 'unsafeText' : null;
}

export function textProblem(text: string): Problem | null {
  return UNSAFE_TEXT.test(text) ? 'unsafeText' : null;
}

/**
 * A query key as qs-style parsers read it: `year[$gt]` and `a.__proto__.b` name nested keys, so
 * each part is checked (Koa's parser keeps them flat today; a later parser change must not open this).
 */
export function queryKeyProblem(key: string): Problem | null {
  for (const part of key.split(/[[\].]/)) {
    const problem = keyProblem(part);
    if (problem) return problem;
  }
  return null;
}

/** The first hostile key or text in a parsed JSON value, walked without recursion (depth is the client's). */
export function findInJson(root: unknown): Problem | null {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string') {
      if (UNSAFE_TEXT.test(value)) return 'unsafeText';
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return 'tooDeep';
    if (Array.isArray(value)) {
      for (const child of value) stack.push({ value: child, depth: depth + 1 });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      const problem = keyProblem(key);
      if (problem) return problem;
      stack.push({ value: child, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * A header or query value holding JSON (`{"$ne":null}`) or a bare operator or prototype key: some
 * parsers and drivers turn such strings into objects, so they are refused before anything reads them.
 */
export function smuggledKeyProblem(text: string): Problem | null {
  const trimmed = text.trim();
  if (/^\$[A-Za-z]+$/.test(trimmed)) return 'operatorKey';
  if (PROTOTYPE_KEYS.has(trimmed)) return 'prototypeKey';
  if (!/^[[{]/.test(trimmed)) return null;
  try {
    const problem = findInJson(JSON.parse(trimmed));
    // Only keys make a JSON-looking value hostile here; its text is the schemas' business.
    return problem === 'unsafeText' ? null : problem;
  } catch {
    return null;
  }
}
