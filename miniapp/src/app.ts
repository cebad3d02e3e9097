import { createElement, type PropsWithChildren } from 'react';
import { z } from 'zod';
import { I18nProvider } from './i18n';
import { ElderProvider } from './state/elder';
import './app.scss';

// zod compiles fast validators with `new Function`, which mini-programs forbid and a strict CSP
// blocks; the interpreted path gives the same answers.
z.config({ jitless: true });

/** The app shell: every page renders inside these providers (Taro passes pages as children). */
function App({ children }: PropsWithChildren) {
  return createElement(I18nProvider, null, createElement(ElderProvider, null, children));
}

export default App;
