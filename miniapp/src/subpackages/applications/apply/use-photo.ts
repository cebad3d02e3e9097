import { useState } from 'react';
import { applyErrorView, pickedPhotoTooLarge } from '../../../components/applications/apply-errors';
import { choosePhoto } from '../../../components/applications/choose-photo';
import { useI18n } from '../../../i18n';
import { uploadPhoto } from '../../../services/api/photos';
import { ApiError } from '../../../services/errors';

export interface PhotoState {
  status: 'none' | 'uploading' | 'uploaded' | 'failed';
  path?: string;
  id?: string;
  error?: string;
  /** A failure another try may fix (the network), unlike a photo the BFF refused. */
  retryable?: boolean;
}

/** Picks the ID photo and uploads it at once, so a refused photo is known before the form is sent. */
export function usePhoto(): { photo: PhotoState; choose(): Promise<void>; retry(): Promise<void> } {
  const { t, locale } = useI18n();
  const [photo, setPhoto] = useState<PhotoState>({ status: 'none' });

  async function upload(path: string) {
    setPhoto({ status: 'uploading', path });
    try {
      const uploaded = await uploadPhoto(path);
      setPhoto({ status: 'uploaded', path, id: uploaded.id });
    } catch (error) {
      const refused = error instanceof ApiError && error.status < 500 && error.status !== 429;
      setPhoto({ status: 'failed', path, error: applyErrorView(error, locale).text, retryable: !refused });
    }
  }

  return {
    photo,
    async choose() {
      const picked = await choosePhoto();
      if (!picked) return;
      if (pickedPhotoTooLarge(picked.size)) setPhoto({ status: 'failed', path: picked.path, error: t('applications.photo.tooLarge'), retryable: false });
      else await upload(picked.path);
    },
    async retry() {
      if (photo.path) await upload(photo.path);
    },
  };
}
