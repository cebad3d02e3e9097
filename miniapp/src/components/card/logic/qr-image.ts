import qrcode from 'qrcode-generator';

/**
 * The dynamic code as a picture: one GIF data URL for an <Image>, which H5, WeChat and Alipay all
 * show, instead of thousands of Views. Error correction M; the quiet zone of 4 modules the
 * standard asks for (ISO/IEC 18004 §6.3.8) is part of the picture.
 */
export const QR_MARGIN_MODULES = 4;
/** Pixels per module: about the size shown on a 3x phone screen, so it is not blurred. */
export const QR_CELL_PIXELS = 8;

export interface QrMatrix {
  size: number;
  isDark(row: number, col: number): boolean;
}

function encode(text: string) {
  const code = qrcode(0, 'M'); // 0: the smallest version that holds the text
  code.addData(text, 'Byte');
  code.make();
  return code;
}

/** The modules themselves, without the quiet zone (what the unit test reads back). */
export function qrMatrix(text: string): QrMatrix {
  const code = encode(text);
  return { size: code.getModuleCount(), isDark: (row, col) => code.isDark(row, col) };
}

export function qrDataUrl(text: string): string {
  return encode(text).createDataURL(QR_CELL_PIXELS, QR_CELL_PIXELS * QR_MARGIN_MODULES);
}
