import type { Document } from 'bson';
import { Context } from 'mingo';
import { Aggregator as AggregatorBase } from 'mingo/aggregator';
import * as accumulator from 'mingo/operators/accumulator';
import * as expression from 'mingo/operators/expression';
import * as pipeline from 'mingo/operators/pipeline';
import * as projection from 'mingo/operators/projection';
import * as query from 'mingo/operators/query';
import * as window from 'mingo/operators/window';
import { Query as QueryBase } from 'mingo/query';
import { bsonType } from './bson-type';

/**
 * Every mingo operator plus `$bsonType`, assembled once. Passing an extra context to mingo's
 * top-level Query makes it merge every operator table again for each query, which was most of the
 * server's CPU time; the base classes with this ready context do not.
 */
const CONTEXT = Context.init({
  accumulator,
  expression,
  pipeline,
  projection,
  query: { ...query, $bsonType: bsonType as never },
  window,
} as never);

/** `$where`, `$function` and `$accumulator` run code; a database server should not run its clients' code. */
const OPTIONS = { scriptEnabled: false, context: CONTEXT } as const;

export function newQuery(condition: Document): QueryBase {
  return new QueryBase(condition, OPTIONS as never);
}

export function newAggregator(stages: Document[], resolve?: (name: string) => Document[]): AggregatorBase {
  return new AggregatorBase(stages, { ...OPTIONS, collectionResolver: resolve } as never);
}
