/** A picture the person picked: Taro's temporary path (a blob: URL on H5) and its size when known. */
export interface PickedPhoto {
  path: string;
  size?: number;
}

/**
 * Lets the person take an ID photo with the camera or pick one from the album. The build picks
 * choose-photo.<platform>.ts. Resolves undefined when they backed out.
 */
export declare function choosePhoto(): Promise<PickedPhoto | undefined>;
