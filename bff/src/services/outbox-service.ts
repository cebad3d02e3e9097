import type { Deps } from '../deps';

export interface Notice {
  personId: string;
  kind: 'application.stageChanged' | 'card.lossLifted' | 'card.passwordLocked' | 'card.formalLoss';
  /** Codes and ids only: templates are filled in the person's language when sending. */
  payload: Record<string, string | number | boolean | null>;
}

/** Queues a notification for the person. */
export async function enqueue(deps: Deps, notice: Notice): Promise<void> {
  const now = deps.now();
  await deps.models.Outbox.create({ ...notice, status: 'pending', attempts: 0, createdAt: now, nextAttemptAt: now });
}
