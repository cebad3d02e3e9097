/** Error texts shared by every resource. */
const zhCN = {
  NOT_FOUND: '请求的内容不存在。',
  METHOD_NOT_ALLOWED: '该地址不支持此请求方式。',
  NOT_IMPLEMENTED: '服务暂不支持此请求方式。',
  VALIDATION_FAILED: '提交的信息有误，请检查后重试。',
  MALFORMED_JSON: '无法读取请求内容。',
  PAYLOAD_TOO_LARGE: '提交的内容过大。',
  UNAUTHORIZED: '请先登录。',
  FORBIDDEN: '您没有权限进行此操作。',
  CONFLICT: '该操作与现有记录冲突，请刷新后重试。',
  RATE_LIMITED: '操作过于频繁，请稍后再试。',
  DB_UNAVAILABLE: '服务暂时不可用，请稍后再试。',
  INTERNAL: '系统出现错误，请稍后再试。',
};

const en: typeof zhCN = {
  NOT_FOUND: 'The requested item does not exist.',
  METHOD_NOT_ALLOWED: 'This address does not accept this kind of request.',
  NOT_IMPLEMENTED: 'The service does not support this kind of request.',
  VALIDATION_FAILED: 'Some of the information sent is not valid. Please check it and try again.',
  MALFORMED_JSON: 'The request could not be read.',
  PAYLOAD_TOO_LARGE: 'The request is too large.',
  UNAUTHORIZED: 'Please sign in first.',
  FORBIDDEN: 'You are not allowed to do this.',
  CONFLICT: 'This conflicts with an existing record. Please refresh and try again.',
  RATE_LIMITED: 'Too many requests. Please wait a moment and try again.',
  DB_UNAVAILABLE: 'The service is temporarily unavailable. Please try again later.',
  INTERNAL: 'Something went wrong on our side. Please try again later.',
};

const es: typeof zhCN = {
  NOT_FOUND: 'El elemento solicitado no existe.',
  METHOD_NOT_ALLOWED: 'Esta dirección no admite este tipo de solicitud.',
  NOT_IMPLEMENTED: 'El servicio no admite este tipo de solicitud.',
  VALIDATION_FAILED: 'Parte de la información enviada no es válida. Revísela e inténtelo de nuevo.',
  MALFORMED_JSON: 'No se pudo leer la solicitud.',
  PAYLOAD_TOO_LARGE: 'La solicitud es demasiado grande.',
  UNAUTHORIZED: 'Inicie sesión primero.',
  FORBIDDEN: 'No tiene permiso para realizar esta acción.',
  CONFLICT: 'Esto entra en conflicto con un registro existente. Actualice e inténtelo de nuevo.',
  RATE_LIMITED: 'Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.',
  DB_UNAVAILABLE: 'El servicio no está disponible temporalmente. Inténtelo más tarde.',
  INTERNAL: 'Se produjo un error en nuestro sistema. Inténtelo más tarde.',
};


export const core = { 'zh-CN': zhCN, en, es };
