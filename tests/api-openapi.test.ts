import test from 'ava';
import { startApi } from './helpers/api';

test('the OpenAPI document is valid OpenAPI 3.1', async (t) => {
  const api = await startApi(t);
  const { body } = await api.call('GET', '/api/v1/openapi.json');
  const { Validator } = await import('@seriousme/openapi-schema-validator');
  const result = await new Validator().validate(body);
  t.true(result.valid, JSON.stringify(result.errors, null, 2)?.slice(0, 2000));
});

test('documents every route with its auth, success answer and error answers', async (t) => {
  const api = await startApi(t);
  const { body } = await api.call('GET', '/api/v1/openapi.json');
  const operations = Object.entries(body.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  t.true(operations.length >= 35, `only ${operations.length} operations`);
  const ids = new Set<string>();
  for (const { path, method, op } of operations) {
    const where = `${method.toUpperCase()} ${path}`;
    t.false(ids.has(op.operationId), `${where}: duplicate operationId`);
    ids.add(op.operationId);
    const statuses = Object.keys(op.responses);
    t.true(statuses.some((s) => s.startsWith('2') || s === '304'), `${where}: no success answer`);
    t.true(statuses.includes('500') && statuses.includes('503'), `${where}: no server error answers`);
    if (op.security) t.true(statuses.includes('401'), `${where}: authenticated but no 401`);
    for (const param of (op.parameters ?? []).filter((p: any) => p.in === 'path')) t.true(path.includes(`{${param.name}}`), `${where}: ${param.name}`);
  }
  // Routes of each kind of caller are all there.
  for (const expected of ['/api/v1/card', '/api/v1/records', '/api/v1/applications', '/api/v1/binding/start', '/api/v1/auth/login/weapp', '/api/v1/scanner/verify', '/api/v1/help']) {
    t.truthy(body.paths[expected], expected);
  }
});
