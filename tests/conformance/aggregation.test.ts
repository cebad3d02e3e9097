import test from 'ava';
import { Schema } from 'mongoose';
import { useConformanceDatabase } from '../helpers/mongo';

const server = useConformanceDatabase(test, 'aggregation');

const orders = [
  { _id: 1, customer: 'c1', status: 'paid', total: 30, items: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 2 }] },
  { _id: 2, customer: 'c2', status: 'paid', total: 20, items: [{ sku: 'a', qty: 3 }] },
  { _id: 3, customer: 'c1', status: 'open', total: 5, items: [{ sku: 'c', qty: 1 }] },
  { _id: 4, customer: 'c3', status: 'paid', total: 45, items: [] },
  { _id: 5, customer: 'nobody', status: 'paid', total: 1, items: [{ sku: 'b', qty: 1 }] },
];

test('$match, $group and $sort compute totals per key', async (t) => {
  const c = server().collection(t);
  await c.insertMany(orders);
  const rows = await c
    .aggregate([
      { $match: { status: 'paid' } },
      { $group: { _id: '$customer', revenue: { $sum: '$total' }, orders: { $sum: 1 }, avg: { $avg: '$total' } } },
      { $sort: { revenue: -1 } },
    ])
    .toArray();
  t.deepEqual(rows, [
    { _id: 'c3', revenue: 45, orders: 1, avg: 45 },
    { _id: 'c1', revenue: 30, orders: 1, avg: 30 },
    { _id: 'c2', revenue: 20, orders: 1, avg: 20 },
    { _id: 'nobody', revenue: 1, orders: 1, avg: 1 },
  ]);
});

test('$group with a null key totals the whole collection', async (t) => {
  const c = server().collection(t);
  await c.insertMany(orders);
  const rows = await c.aggregate([{ $group: { _id: null, sum: { $sum: '$total' }, max: { $max: '$total' } } }]).toArray();
  t.deepEqual(rows, [{ _id: null, sum: 101, max: 45 }]);
});

test('$project includes, excludes and computes fields', async (t) => {
  const c = server().collection(t);
  await c.insertMany(orders);
  const rows = await c
    .aggregate([
      { $match: { _id: { $in: [1, 2] } } },
      { $sort: { _id: 1 } },
      { $project: { _id: 0, customer: 1, doubled: { $multiply: ['$total', 2] }, label: { $concat: ['$customer', '-', '$status'] } } },
    ])
    .toArray();
  t.deepEqual(rows, [
    { customer: 'c1', doubled: 60, label: 'c1-paid' },
    { customer: 'c2', doubled: 40, label: 'c2-paid' },
  ]);
});

test('$unwind emits one document per array element and drops empty arrays', async (t) => {
  const c = server().collection(t);
  await c.insertMany(orders);
  const rows = await c
    .aggregate([
      { $unwind: '$items' },
      { $group: { _id: '$items.sku', qty: { $sum: '$items.qty' }, lines: { $sum: 1 } } },
      { $sort: { _id: 1 } },
    ])
    .toArray();
  t.deepEqual(rows, [
    { _id: 'a', qty: 4, lines: 2 },
    { _id: 'b', qty: 3, lines: 2 },
    { _id: 'c', qty: 1, lines: 1 },
  ]);
});

test('$sort followed by $limit returns the top documents', async (t) => {
  const c = server().collection(t);
  await c.insertMany(orders);
  const rows = await c.aggregate([{ $sort: { total: -1 } }, { $limit: 2 }, { $project: { _id: 1 } }]).toArray();
  t.deepEqual(rows, [{ _id: 4 }, { _id: 1 }]);
});

test('$lookup joins documents from a second collection', async (t) => {
  const db = server();
  const ordersColl = db.collection(t, 'orders');
  const customers = db.collection(t, 'customers');
  await ordersColl.insertMany(orders);
  await customers.insertMany([
    { _id: 'c1', name: 'Ada' },
    { _id: 'c2', name: 'Grace' },
    { _id: 'c3', name: 'Linus' },
  ]);
  const rows = await ordersColl
    .aggregate([
      { $match: { _id: { $in: [1, 4, 5] } } },
      { $lookup: { from: customers.collectionName, localField: 'customer', foreignField: '_id', as: 'who' } },
      { $project: { _id: 1, who: 1 } },
      { $sort: { _id: 1 } },
    ])
    .toArray();
  t.deepEqual(rows, [
    { _id: 1, who: [{ _id: 'c1', name: 'Ada' }] },
    { _id: 4, who: [{ _id: 'c3', name: 'Linus' }] },
    { _id: 5, who: [] },
  ]);
});

test('$lookup with a pipeline filters the joined documents', async (t) => {
  const db = server();
  const customers = db.collection(t, 'customers');
  const ordersColl = db.collection(t, 'orders');
  await customers.insertMany([{ _id: 'c1', name: 'Ada' }, { _id: 'c2', name: 'Grace' }]);
  await ordersColl.insertMany(orders);
  const rows = await customers
    .aggregate([
      {
        $lookup: {
          from: ordersColl.collectionName,
          let: { id: '$_id' },
          pipeline: [{ $match: { $expr: { $eq: ['$customer', '$$id'] }, status: 'paid' } }, { $project: { _id: 1 } }],
          as: 'paid',
        },
      },
      { $sort: { _id: 1 } },
    ])
    .toArray();
  t.deepEqual(rows, [
    { _id: 'c1', name: 'Ada', paid: [{ _id: 1 }] },
    { _id: 'c2', name: 'Grace', paid: [{ _id: 2 }] },
  ]);
});

test('$count and an empty collection behave like mongod', async (t) => {
  const c = server().collection(t);
  t.deepEqual(await c.aggregate([{ $match: {} }, { $count: 'n' }]).toArray(), []);
  await c.insertMany(orders);
  t.deepEqual(await c.aggregate([{ $match: { status: 'paid' } }, { $count: 'n' }]).toArray(), [{ n: 4 }]);
});

test('date operators group payments by calendar month in UTC', async (t) => {
  const c = server().collection(t);
  await c.insertMany([
    { amount: 10, at: new Date('2024-01-31T23:59:59Z') },
    { amount: 5, at: new Date('2024-02-01T00:00:00Z') },
    { amount: 7, at: new Date('2024-02-29T12:00:00Z') },
  ]);
  const rows = await c
    .aggregate([
      { $group: { _id: { $dateToString: { format: '%Y-%m', date: '$at' } }, total: { $sum: '$amount' }, year: { $first: { $year: '$at' } } } },
      { $sort: { _id: 1 } },
    ])
    .toArray();
  t.deepEqual(rows, [
    { _id: '2024-01', total: 10, year: 2024 },
    { _id: '2024-02', total: 12, year: 2024 },
  ]);
});

test('mongoose countDocuments counts through the aggregation pipeline', async (t) => {
  const connection = await server().mongoose(t);
  const Order = connection.model(
    'AggregationOrder',
    new Schema({ _id: Number, customer: String, status: String, total: Number }),
    server().collection(t).collectionName,
  );
  await Order.insertMany(orders.map(({ items: _items, ...order }) => order));
  t.is(await Order.countDocuments({ status: 'paid', total: { $gte: 20 } }), 3);
  t.is(await Order.countDocuments(), 5);
  t.is(await Order.countDocuments({ customer: 'none' }), 0);
});
