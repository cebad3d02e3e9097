/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    TARO_ENV: 'weapp' | 'alipay' | 'h5' | undefined;
    /** API base, e.g. https://api.example.gov.cn/api/v1; H5 defaults to the page's own origin. */
    TARO_APP_API_BASE?: string;
  }
}
