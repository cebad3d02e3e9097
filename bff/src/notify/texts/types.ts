import type { Stage } from '@ssc/shared';

/** Texts of one language: a notice's title, its short status and its plain explanation. */
export interface NoticeTexts {
  /** Short names of the application stages (WeChat's phrase fields take five Chinese characters). */
  stages: Record<Stage, string>;
  /** The stages named otherwise for a card that is mailed (sent, then activated at a branch). */
  mailStages: Partial<Record<Stage, string>>;
  application: { title: string };
  lossLifted: { title: string; status: string; detail: string };
  passwordLocked: { title: string; status: string; detail: string };
  formalLoss: { title: string; status: string; detail: string };
}
