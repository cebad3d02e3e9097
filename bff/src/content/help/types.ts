import type { HelpBlock } from '@ssc/shared';

/** The national human-resources and social security hotline: the one number every page offers. */
export const HOTLINE = '12333';

/** A content block as written in a catalogue (read-only: the catalogues are constants). */
export type Block =
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'steps' | 'list'; readonly items: readonly string[] }
  | { readonly type: 'callout'; readonly tone: 'info' | 'warning'; readonly text: string }
  | { readonly type: 'contact'; readonly label: string; readonly phone: typeof HOTLINE };

export interface ArticleText {
  readonly title: string;
  readonly summary: string;
  readonly body: readonly Block[];
}

/** Keys whose values a translation keeps as they are: they drive rendering, not reading. */
type Kept = 'type' | 'tone' | 'phone';

/**
 * The shape of a reference text with every free text widened to `string`. A translation typed
 * `Mirror<typeof zhCN>` must have the same slugs, the same blocks in the same order and the same
 * number of items in each list, so every locale renders the same page; only the words differ.
 */
export type Mirror<T> = T extends string
  ? string
  : T extends readonly unknown[]
    ? { readonly [K in keyof T]: Mirror<T[K]> }
    : T extends object
      ? { readonly [K in keyof T]: K extends Kept ? T[K] : Mirror<T[K]> }
      : T;

/** Copies a block into its wire form (fresh arrays); fails to compile if the two drift apart. */
export function toWire(block: Block): HelpBlock {
  switch (block.type) {
    case 'steps':
    case 'list':
      return { type: block.type, items: [...block.items] };
    default:
      return { ...block };
  }
}
