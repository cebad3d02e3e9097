// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// Also compiles ../shared/src (TypeScript) and zod, which config/index.ts adds to `compile.include`.
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
};
