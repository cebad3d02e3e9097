import Taro from '@tarojs/taro';
import type { PickedPhoto } from './choose-photo';

/** WeChat's own sheet offers camera or album; "compressed" keeps a phone photo well under 2 MB. */
export async function choosePhoto(): Promise<PickedPhoto | undefined> {
  try {
    const result = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['camera', 'album'], sizeType: ['compressed'], camera: 'front' });
    const file = result.tempFiles[0];
    return file ? { path: file.tempFilePath, size: file.size } : undefined;
  } catch {
    return undefined; // cancelled
  }
}
