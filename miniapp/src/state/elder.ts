import { createContext, createElement, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { prefs } from '../services/client';
import { systemFont } from '../services/system';
import { elderByDefault } from './elder-default';

export interface ElderMode {
  elder: boolean;
  setElder(on: boolean): void;
}

const ElderContext = createContext<ElderMode>({ elder: false, setElder: () => {} });

/**
 * Elder mode: larger type and touch targets (the `elder` class on the page root, components/Page).
 * The person's choice is kept; until they choose, a large system font turns it on.
 */
export function ElderProvider({ children }: { children?: ReactNode }) {
  const [elder, setState] = useState(() => prefs.elder() ?? (process.env.TARO_ENV === 'weapp' && elderByDefault(systemFont())));
  const setElder = useCallback((on: boolean) => {
    prefs.setElder(on);
    setState(on);
  }, []);
  const value = useMemo(() => ({ elder, setElder }), [elder, setElder]);
  return createElement(ElderContext.Provider, { value }, children);
}

export function useElder(): ElderMode {
  return useContext(ElderContext);
}
