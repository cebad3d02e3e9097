import { idCheckCharacter, type IdNumberProblem } from '../../shared/src';

/** An ID number whose only fault is its birth date: the check character is right for it. */
const withCheck = (first17: string) => first17 + idCheckCharacter(first17);

/** Invalid ID numbers, one or more of each problem `checkIdNumber` names. */
export const INVALID_ID_NUMBERS: [IdNumberProblem, string][] = [
  ['length', '1101051949123100'],
  ['length', '11010519491231002X0'],
  ['length', ''],
  ['characters', '11010519491231002Y'],
  ['characters', 'A1010519491231002X'],
  // Full-width forms are normalised (NFKC) before the check: this one still ends in a Y.
  ['characters', '１１０１０５１９４９１２３１００２Ｙ'],
  ['characters', '11010519491231002一'],
  ['characters', '110105-9491231002X'],
  ['birthDate', withCheck('11010520230230002')],
  ['birthDate', withCheck('11010519491331002')],
  ['birthDate', withCheck('11010519490000002')],
  ['birthDate', withCheck('11010518491231002')],
  ['birthDate', withCheck('11010520991231002')],
  ['checkCharacter', '110105194912310021'],
  ['checkCharacter', '440524188001010015'],
];

/** Months that are not months, or outside the years records exist for (1950-2200). */
export const BAD_PERIODS = ['2024-13', '2024-00', '2023-02-30', '99999-01', '2024-1', '24-01', '1949-12', '2201-01', '2024/01', ' 2024-01', '２０２４-01'];

export const BAD_YEARS = ['99999', '0000', '1949', '2201', '24', '2024-13', '２０２４', '-2024'];
