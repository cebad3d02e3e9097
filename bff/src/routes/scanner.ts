import { ScanRequest, ScanResult } from '@ssc/shared';
import type { Deps } from '../deps';
import { route, type Resource } from '../http/route';
import { verifyQr } from '../services/qr-service';
import { actorOf } from './card-context';

/** Clinic, pharmacy and service-window scanners (X-Api-Key), verifying the dynamic QR code. */
export function scannerResource(deps: Deps): Resource {
  return {
    prefix: '/scanner',
    tag: 'Scanner',
    routes: [
      route({
        method: 'post',
        path: '/verify',
        operationId: 'verifyCardQr',
        summary: 'Verify and use up a card QR code; every outcome (valid, expired, used, invalid, cardNotUsable) is a 200 answer',
        auth: 'scanner',
        body: ScanRequest,
        response: ScanResult,
        handler: async (ctx, { body }) => verifyQr(deps, body.token, actorOf(ctx)),
      }),
    ],
  };
}
