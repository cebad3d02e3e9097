import Taro from '@tarojs/taro';
import type { PickedPhoto } from './choose-photo';

/** Alipay's chooseImage offers camera or album (chooseMedia is missing from older Alipay clients). */
export async function choosePhoto(): Promise<PickedPhoto | undefined> {
  try {
    const result = await Taro.chooseImage({ count: 1, sourceType: ['camera', 'album'], sizeType: ['compressed'] });
    const file = result.tempFiles[0];
    const path = file?.path ?? result.tempFilePaths[0];
    return path ? { path, size: file?.size } : undefined;
  } catch {
    return undefined; // cancelled
  }
}
