import type { Document } from 'bson';
import type { Cursors } from '../cursors';
import type { Catalog } from '../engine/ops';
import type { Store } from '../engine/store';
import type { Sessions } from '../sessions';

export interface ServerState {
  store: Store;
  cursors: Cursors;
  sessions: Sessions;
  startedAt: Date;
  /** Whether writes go to a journal (a data directory was given). */
  persistent: boolean;
  connections: { current: number; total: number };
}

export interface CommandContext {
  /** The command document; its first key names the command. */
  command: Document;
  db: string;
  /** The store, or the open transaction the command belongs to. */
  catalog: Catalog;
  state: ServerState;
  connectionId: number;
}

export type Handler = (ctx: CommandContext) => Document;
