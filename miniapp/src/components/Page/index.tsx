import Taro, { useDidShow } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useEffect, type ReactNode } from 'react';
import { syncTabBarTexts, useI18n, type PlainKey } from '../../i18n';
import { useElder } from '../../state/elder';
import { a11y } from '../a11y';

interface PageProps {
  /** The navigation bar title (document title on H5), in the person's language. */
  title: PlainKey;
  /** Tab pages put the tab bar texts in the person's language when shown. */
  tab?: boolean;
  children?: ReactNode;
}

/** The root of every page: its title, its language and the `elder` class that scales type. */
export function Page({ title, tab = false, children }: PageProps) {
  const { t, locale } = useI18n();
  const { elder } = useElder();
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: t(title) }).catch(() => {});
  }, [t, title]);
  useDidShow(() => {
    if (tab) syncTabBarTexts(t);
  });
  useEffect(() => {
    if (tab) syncTabBarTexts(t);
  }, [tab, t]);
  return (
    <View className={elder ? 'page elder' : 'page'} {...a11y({ lang: locale })}>
      {children}
    </View>
  );
}
