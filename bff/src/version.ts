import bffPackage from '../package.json';

/** The BFF's version as released, reported by the health endpoint. */
export const VERSION: string = bffPackage.version;
