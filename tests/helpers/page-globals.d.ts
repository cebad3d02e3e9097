// The few browser globals that code passed to page.evaluate/waitForFunction uses, and that the
// mini-program's pure modules reach behind `typeof` guards. The tests' type library is Node's, not
// the DOM's (adding "DOM" would clash with Node's fetch types), so they are declared here, minimally.
declare const localStorage: {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};
declare const document: {
  documentElement: { scrollHeight: number };
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ scrollHeight: number }>;
};
declare const navigator: { language: string };
