import { maskIdNumber, maskName, maskPhone, normalizeIdNumber } from '@ssc/shared';
import type { Deps } from '../deps';

export interface NewPerson {
  name: string;
  idNumber: string;
  phone: string;
  city: string;
  retired?: boolean;
  flexibleWorker?: boolean;
}

/** Adds a person to the insured-person registry (seed data, agency imports), encrypted at rest. */
export async function createPerson(deps: Deps, person: NewPerson) {
  const idNumber = normalizeIdNumber(person.idNumber);
  return deps.models.Person.create({
    nameEnc: deps.cipher.encrypt(person.name),
    idNumberEnc: deps.cipher.encrypt(idNumber),
    idNumberIdx: deps.cipher.index('idNumber', idNumber),
    phoneEnc: deps.cipher.encrypt(person.phone),
    phoneIdx: deps.cipher.index('phone', person.phone),
    city: person.city,
    retired: person.retired ?? false,
    flexibleWorker: person.flexibleWorker ?? false,
  });
}

export async function findPersonByIdNumber(deps: Deps, idNumber: string) {
  return deps.models.Person.findOne({ idNumberIdx: deps.cipher.index('idNumber', normalizeIdNumber(idNumber)) }).lean();
}

/** The decrypted personal fields of a person; callers mask before anything leaves the BFF. */
export async function personSecrets(deps: Deps, personId: string) {
  const person = await deps.models.Person.findById(personId).lean();
  if (!person) return null;
  return {
    person,
    name: deps.cipher.decrypt(person.nameEnc),
    idNumber: deps.cipher.decrypt(person.idNumberEnc),
    phone: deps.cipher.decrypt(person.phoneEnc),
  };
}

/**
 * The name and ID number a card face shows, masked: only those two fields are read and
 * decrypted, since the card is the page people open most.
 */
export async function maskedHolder(deps: Deps, personId: string) {
  const person = await deps.models.Person.findById(personId, { nameEnc: 1, idNumberEnc: 1 }).lean();
  if (!person) return null;
  return { name: maskName(deps.cipher.decrypt(person.nameEnc)), idNumber: maskIdNumber(deps.cipher.decrypt(person.idNumberEnc)) };
}

/** What a response may carry about a person: masked values only. */
export async function maskedPerson(deps: Deps, personId: string) {
  const found = await personSecrets(deps, personId);
  if (!found) return null;
  return {
    name: maskName(found.name),
    idNumber: maskIdNumber(found.idNumber),
    phone: maskPhone(found.phone),
    city: found.person.city,
  };
}
