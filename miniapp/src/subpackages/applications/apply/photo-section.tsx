import { Image, Text, View } from '@tarojs/components';
import { Banner } from '../../../components/Banner';
import { Button } from '../../../components/Button';
import { Section } from '../../../components/Section';
import { useI18n } from '../../../i18n';
import { Problem } from './problem';
import type { PhotoState } from './use-photo';

interface PhotoSectionProps {
  photo: PhotoState;
  onChoose(): void;
  onRetry(): void;
  missing: boolean;
}

/** The ID photo: what makes a good one, the preview, and how its upload went. */
export function PhotoSection({ photo, onChoose, onRetry, missing }: PhotoSectionProps) {
  const { t } = useI18n();
  return (
    <Section title={t('applications.form.photo')}>
      <Text className="muted apply__hint">{t('applications.form.photoHint')}</Text>
      {missing && photo.status === 'none' ? <Problem text={t('applications.form.needPhoto')} /> : null}
      {photo.path ? (
        <View className="apply__preview">
          <Image className="apply__preview-image" src={photo.path} mode="aspectFit" aria-label={t('applications.form.photoPreview')} />
        </View>
      ) : null}
      {photo.status === 'uploading' ? <Banner>{t('applications.form.uploading')}</Banner> : null}
      {photo.status === 'uploaded' ? <Banner>{t('applications.form.uploaded')}</Banner> : null}
      {photo.status === 'failed' && photo.error ? <Banner tone="error">{photo.error}</Banner> : null}
      {photo.status === 'failed' && photo.retryable ? (
        <Button kind="secondary" onClick={onRetry}>
          {t('applications.form.retryUpload')}
        </Button>
      ) : null}
      <View className="apply__photo-button">
        <Button kind="secondary" disabled={photo.status === 'uploading'} onClick={onChoose}>
          {photo.path ? t('applications.form.changePhoto') : t('applications.form.choosePhoto')}
        </Button>
      </View>
    </Section>
  );
}
