import test from 'ava';
import { isMoving, timelineSteps } from '../miniapp/src/components/applications/stages';

const entry = (stage: string, at: string, extra: Record<string, unknown> = {}) =>
  ({ stage, at, office: '海淀区社保经办处', officePhone: '010-12345678', note: null, reason: null, ...extra }) as never;

test('lists reached stages oldest first, marks the last one current and appends the estimates', (t) => {
  const steps = timelineSteps({
    stage: 'review',
    timeline: [entry('review', '2026-03-02T00:00:00.000Z'), entry('submitted', '2026-03-01T00:00:00.000Z')],
    expected: [
      { stage: 'inProduction', at: '2026-03-10T00:00:00.000Z' },
      { stage: 'accountOpened', at: '2026-03-05T00:00:00.000Z' },
    ],
  });
  t.deepEqual(
    steps.map((s) => [s.stage, s.state]),
    [
      ['submitted', 'done'],
      ['review', 'current'],
      ['accountOpened', 'upcoming'],
      ['inProduction', 'upcoming'],
    ],
  );
  t.is(steps[0]?.office, '海淀区社保经办处');
  t.is(steps[0]?.officePhone, '010-12345678');
  t.is(steps[2]?.expectedAt, '2026-03-05T00:00:00.000Z');
  t.is(steps[2]?.at, null);
});

test('marks a failed review as failed with its reason and shows nothing to come', (t) => {
  const steps = timelineSteps({
    stage: 'reviewFailed',
    timeline: [entry('submitted', '2026-03-01T00:00:00.000Z'), entry('review', '2026-03-02T00:00:00.000Z'), entry('reviewFailed', '2026-03-03T00:00:00.000Z', { reason: 'photoUnclear' })],
    expected: [{ stage: 'accountOpened', at: '2026-03-05T00:00:00.000Z' }],
  });
  t.deepEqual(steps.map((s) => s.state), ['done', 'done', 'failed']);
  t.is(steps[2]?.reason, 'photoUnclear');
});

test('keeps the estimates after a failed production, which is made again', (t) => {
  const steps = timelineSteps({
    stage: 'productionFailed',
    timeline: [entry('inProduction', '2026-03-01T00:00:00.000Z'), entry('productionFailed', '2026-03-02T00:00:00.000Z')],
    expected: [{ stage: 'inProduction', at: '2026-03-06T00:00:00.000Z' }],
  });
  t.deepEqual(steps.map((s) => [s.stage, s.state]), [
    ['inProduction', 'done'],
    ['productionFailed', 'failed'],
    ['inProduction', 'upcoming'],
  ]);
});

test('shows an activated card as done, not current', (t) => {
  const steps = timelineSteps({ stage: 'activated', timeline: [entry('readyToCollect', '2026-03-01T00:00:00.000Z'), entry('activated', '2026-03-02T00:00:00.000Z')], expected: [] });
  t.deepEqual(steps.map((s) => s.state), ['done', 'done']);
});

test('keeps refreshing only applications that can still change', (t) => {
  t.true(isMoving('review'));
  t.true(isMoving('productionFailed'));
  t.false(isMoving('activated'));
  t.false(isMoving('cancelled'));
  t.false(isMoving('reviewFailed'));
});
