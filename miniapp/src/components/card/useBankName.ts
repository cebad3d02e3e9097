import { useEffect, useState } from 'react';
import { localName, useI18n } from '../../i18n';
import { listBanks } from '../../services/api/banks';

type Names = Record<string, { name: string; nameEn: string }>;

// One request for the app's lifetime: the list is the same for everyone and changes with a release.
let names: Promise<Names> | null = null;

function loadNames(): Promise<Names> {
  names ??= listBanks().then(
    (list) => Object.fromEntries(list.banks.map((bank) => [bank.code, { name: bank.name, nameEn: bank.nameEn }])),
    (error: unknown) => {
      names = null; // try again next time
      throw error;
    },
  );
  return names;
}

/**
 * Bank codes (`ICBC`) as a person reads them: the bank's name in Chinese or, for the other
 * languages, its English name. Until the list is in (or without it), the Chinese name the caller
 * already has for a Chinese reader, else the code.
 */
export function useBankNames(): (code: string, chineseName?: string) => string {
  const { locale } = useI18n();
  const [known, setKnown] = useState<Names | null>(null);
  useEffect(() => {
    let current = true;
    loadNames().then(
      (loaded) => current && setKnown(loaded),
      () => {},
    );
    return () => {
      current = false;
    };
  }, []);
  return (code, chineseName) => {
    const bank = known?.[code];
    if (!bank) return locale === 'zh-CN' && chineseName ? chineseName : code;
    return localName(bank, locale);
  };
}

/** The card carries its bank's code; the person reads its name. */
export function useBankName(code: string): string {
  return useBankNames()(code);
}
