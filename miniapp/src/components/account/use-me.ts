import { MeResponse, type Me } from '@ssc/shared';
import { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { useResource, type Resource } from '../../hooks/useResource';
import { getMe } from '../../services/api/me';
import { session } from '../../services/client';

/**
 * The signed-in account (GET /me), or null when signed out, for the tab pages. Tab pages stay
 * mounted, so it loads again each time the page is shown (after a login, a binding, an unbinding);
 * `shown` counts those showings for what loads after it.
 */
export function useMe(): { me: Resource<Me | null>; shown: number } {
  const [shown, setShown] = useState(0);
  const first = useRef(true);
  useDidShow(() => {
    if (first.current) first.current = false;
    else setShown((n) => n + 1);
  });
  const me = useResource<Me | null>(() => (session.token() ? getMe() : Promise.resolve(null)), {
    offline: { key: 'me', schema: MeResponse.nullable() },
    deps: [shown],
  });
  return { me, shown };
}
