import type { NotificationItem } from '@ssc/shared';
import test from 'ava';
import { badgeText } from '../miniapp/src/components/messages/badge';
import { appendPage, inboxFrom, withAllRead, withRead } from '../miniapp/src/components/messages/inbox';
import { linkedPage } from '../miniapp/src/components/messages/link';

const id = (n: number) => n.toString(16).padStart(24, '0');

function notice(n: number, read = false): NotificationItem {
  return {
    id: id(n),
    kind: 'application.stageChanged',
    title: `notice ${n}`,
    body: 'body',
    createdAt: new Date(Date.UTC(2025, 0, n)).toISOString(),
    read,
    readAt: read ? new Date(Date.UTC(2025, 0, n, 1)).toISOString() : null,
    link: { target: 'application', id: id(100 + n), page: `/subpackages/applications/detail/index?id=${id(100 + n)}` },
  };
}

test('the badge shows nothing at zero and stops counting past 99', (t) => {
  t.is(badgeText(0), '');
  t.is(badgeText(-1), '');
  t.is(badgeText(Number.NaN), '');
  t.is(badgeText(1), '1');
  t.is(badgeText(99), '99');
  t.is(badgeText(100), '99+');
});

test('an older page goes below, without repeating a notice already shown', (t) => {
  const first = inboxFrom({ notifications: [notice(5), notice(4), notice(3)], unread: 3, nextCursor: id(3) });
  // A new notice arrived meanwhile, so notice 3 comes again at the top of the next page.
  const merged = appendPage(first, { notifications: [notice(3), notice(2), notice(1)], unread: 4, nextCursor: null });
  t.deepEqual(merged.items.map((item) => item.title), ['notice 5', 'notice 4', 'notice 3', 'notice 2', 'notice 1']);
  t.is(merged.unread, 4, 'the newer count wins');
  t.is(merged.nextCursor, null);
});

test('reading a notice marks only that one and counts it once', (t) => {
  const inbox = inboxFrom({ notifications: [notice(2), notice(1)], unread: 2, nextCursor: null });
  const once = withRead(inbox, { ...notice(1), read: true, readAt: '2025-02-01T00:00:00.000Z' });
  t.deepEqual(once.items.map((item) => item.read), [false, true]);
  t.is(once.unread, 1);
  // The BFF's answer for the same notice arrives after the optimistic mark: no second decrement.
  const twice = withRead(once, { ...notice(1), read: true, readAt: '2025-02-01T00:00:01.000Z' });
  t.is(twice.unread, 1);
  t.is(twice.items[1]?.readAt, '2025-02-01T00:00:01.000Z');
  t.is(withRead(twice, { ...notice(9), read: true }).unread, 1, 'a notice not shown changes nothing');
});

test('mark all read keeps earlier read times and takes the count from the server', (t) => {
  const inbox = inboxFrom({ notifications: [notice(3), notice(2, true), notice(1)], unread: 2, nextCursor: null });
  const all = withAllRead(inbox, 0, '2025-03-01T00:00:00.000Z');
  t.true(all.items.every((item) => item.read));
  t.is(all.items[0]?.readAt, '2025-03-01T00:00:00.000Z');
  t.is(all.items[1]?.readAt, notice(2, true).readAt);
  t.is(all.unread, 0);
});

test('a notice opens only a page this app has', (t) => {
  t.is(linkedPage('/subpackages/applications/detail/index?id=abc'), '/subpackages/applications/detail/index?id=abc');
  t.is(linkedPage('/subpackages/card/password/index'), '/subpackages/card/password/index');
  t.is(linkedPage('/pages/home/index'), '/pages/home/index');
  t.is(linkedPage('/subpackages/newer/feature/index?id=1'), undefined);
  t.is(linkedPage(''), undefined);
});
