/** Error texts of payment records and their import. */
const zhCN = {
  RECORDS_PERSON_UNKNOWN: '未找到该身份证号对应的参保人员。',
  RECORDS_YEAR_EMPTY: '该年度暂无缴费记录，无法生成权益记录单。',
};

const en: typeof zhCN = {
  RECORDS_PERSON_UNKNOWN: 'No insured person with this ID number was found.',
  RECORDS_YEAR_EMPTY: 'There are no payment records for this year yet, so there is no statement for it.',
};

const es: typeof zhCN = {
  RECORDS_PERSON_UNKNOWN: 'No se encontró ninguna persona asegurada con este número de identidad.',
  RECORDS_YEAR_EMPTY: 'Todavía no hay registros de pago de este año, así que no hay extracto para él.',
};

export const records = { 'zh-CN': zhCN, en, es };
