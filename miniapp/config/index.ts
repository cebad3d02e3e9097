import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const SHARED_SRC = path.resolve(__dirname, '..', '..', 'shared', 'src');
// The same files through the workspace link, for resolvers that keep symlinked paths.
const SHARED_LINK = path.resolve(__dirname, '..', '..', 'node_modules', '@ssc', 'shared', 'src');

/**
 * Only TARO_APP_* variables reach the client. Taro reads them from `.env*` files alone; copying them
 * from the shell too lets CI and `npm start` set the API base without writing a file.
 */
function clientEnv(): Record<string, string> {
  // Always defined: an undefined one would stay `process.env.X` in the bundle, and mini-program
  // engines have no `process`.
  const env: Record<string, string | undefined> = { TARO_APP_API_BASE: '', ...process.env };
  const entries = Object.entries(env).filter(([key, value]) => key.startsWith('TARO_APP_') && value !== undefined);
  return Object.fromEntries(entries.map(([key, value]) => [key, JSON.stringify(value)]));
}

/**
 * The shared workspace package is TypeScript source, and zod ships syntax older mini-program
 * engines reject: both go through the same Babel pipeline as src/. (Per platform: a top-level
 * `compile` is ignored by the build.)
 */
const compile = {
  include: [SHARED_SRC, SHARED_LINK, (file: string) => /node_modules[\\/]zod[\\/]/.test(file)],
};

/**
 * npm may leave a Taro package in miniapp/node_modules rather than the root (an optional peer of
 * @tarojs/plugin-framework-react conflicts there); Taro's own packages at the root import it, so
 * the bundler looks here too.
 */
function webpackChain(chain: { resolve: { modules: { merge(dirs: string[]): unknown } } }): void {
  chain.resolve.modules.merge(['node_modules', path.resolve(__dirname, '..', 'node_modules')]);
}

// https://docs.taro.zone/docs/next/config
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'social-security-card',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One folder per platform: the root project.config.json opens dist/weapp in WeChat's tool.
    outputRoot: `dist/${process.env.TARO_ENV}`,
    framework: 'react',
    // Prebundling needs an enhanced-resolve the rest of the tree does not have; builds are fast
    // enough without it.
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    env: clientEnv(),
    mini: {
      compile,
      webpackChain,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      compile,
      webpackChain,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      // Hashed names are what lets the BFF cache them for a year (bff/src/middleware/static-h5.ts).
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig);
});
