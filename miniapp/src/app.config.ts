// Paths here and in services/routes.ts must agree: tests/miniapp-routes.test.ts checks both.
export default defineAppConfig({
  // The main package holds what the first screen and the tab bar need; WeChat allows 2 MB per
  // package and we keep the main one under 1 MB (npm run size:weapp).
  pages: ['pages/home/index', 'pages/login/index', 'pages/bind/index', 'pages/me/index'],
  subPackages: [
    { root: 'subpackages/card', pages: ['card/index', 'password/index'] },
    { root: 'subpackages/records', pages: ['summary/index', 'list/index', 'detail/index', 'statement/index'] },
    { root: 'subpackages/applications', pages: ['list/index', 'apply/index', 'detail/index'] },
    { root: 'subpackages/help', pages: ['list/index', 'article/index', 'privacy/index'] },
    { root: 'subpackages/messages', pages: ['list/index', 'settings/index'] },
  ],
  // The card and the records are what people open first from home: fetch them in the background.
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['subpackages/card', 'subpackages/records'] },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '电子社保卡',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f3f4f6',
  },
  // Tab pages must live in the main package, so help (a subpackage) is reached from home and me.
  // Texts are replaced in the person's language at run time (components/Page).
  tabBar: {
    color: '#545454',
    selectedColor: '#0a58ca',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      // Icons drawn by scripts/tab-icons.ts (mini-program tab bars take PNG, not SVG).
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-active.png' },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
});
