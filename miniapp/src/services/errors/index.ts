export { ApiError } from './api-error';
export { NetworkError } from './network-error';
export { ResponseShapeError } from './response-shape-error';
