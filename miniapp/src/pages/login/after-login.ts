import type { LoginResult } from '@ssc/shared';
import { startSession } from '../../services/api/auth';
import { session } from '../../services/client';
import { redirectToBinding, returnAfterLogin } from '../../services/navigation';

/** Keeps the session, then back to where the person was, or on to binding if the account is new. */
export async function finishLogin(login: LoginResult): Promise<void> {
  startSession(login);
  if (login.bound) await returnAfterLogin(session);
  else redirectToBinding(session);
}
