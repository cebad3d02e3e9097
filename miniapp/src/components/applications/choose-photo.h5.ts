import Taro from '@tarojs/taro';
import type { PickedPhoto } from './choose-photo';

/**
 * A file input through Taro. Only "album" is passed on purpose: with both sources Taro first shows
 * its own action sheet, in Chinese whatever the app's language, while a phone browser's file
 * picker already offers the camera and the photo library in the phone's language.
 */
export async function choosePhoto(): Promise<PickedPhoto | undefined> {
  try {
    const result = await Taro.chooseImage({ count: 1, sourceType: ['album'] });
    const file = result.tempFiles[0];
    const path = file?.path ?? result.tempFilePaths[0];
    return path ? { path, size: file?.size } : undefined;
  } catch {
    return undefined; // cancelled
  }
}
