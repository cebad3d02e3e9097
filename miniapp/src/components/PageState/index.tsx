import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Resource } from '../../hooks/useResource';
import { useI18n } from '../../i18n';
import { Banner } from '../Banner';
import { Button } from '../Button';
import { a11y } from '../a11y';
import './index.scss';

interface PageStateProps<T> {
  resource: Resource<T>;
  /** When the data is there but has nothing to show (no records, no applications). */
  isEmpty?: (data: T) => boolean;
  /** What to say when empty; defaults to a generic "nothing here yet". */
  emptyText?: string;
  children: (data: T) => ReactNode;
}

/**
 * The four states every page has: loading, error with a retry, empty, and the data, with the
 * offline banner ("as of ...") when it is a stored copy.
 */
export function PageState<T>({ resource, isEmpty, emptyText, children }: PageStateProps<T>) {
  const { t, dateTime, errorText } = useI18n();
  if (resource.status === 'loading') {
    return (
      <View className="ssc-state" {...a11y({ role: 'status' })} aria-busy>
        <Text className="muted">{t('common.loading')}</Text>
      </View>
    );
  }
  if (resource.status === 'error' || resource.data === undefined) {
    return (
      <View className="ssc-state" {...a11y({ role: 'alert' })}>
        <Text className="ssc-state__title">{t('common.errorTitle')}</Text>
        <Text className="ssc-state__text">{errorText(resource.error)}</Text>
        <Button kind="secondary" onClick={resource.retry}>
          {t('common.retry')}
        </Button>
      </View>
    );
  }
  const data = resource.data;
  return (
    <View>
      {resource.staleAsOf ? <Banner tone="warning">{t('common.offlineAsOf', { time: dateTime(resource.staleAsOf) })}</Banner> : null}
      {!resource.staleAsOf && resource.error ? <Banner tone="error">{errorText(resource.error)}</Banner> : null}
      {isEmpty?.(data) ? (
        <View className="ssc-state">
          <Text className="muted">{emptyText ?? t('common.empty')}</Text>
        </View>
      ) : (
        children(data)
      )}
    </View>
  );
}
