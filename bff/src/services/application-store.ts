import type { Types } from 'mongoose';
import type { Deps } from '../deps';
import { NotFoundError } from '../errors';

type Filter = { _id?: Types.ObjectId | string; personId?: Types.ObjectId | string; bankCode?: string; open?: boolean };

export async function findApplication(deps: Deps, filter: Filter) {
  return deps.models.Application.findOne(filter).lean();
}

export type ApplicationDoc = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

/** The person's own application; anyone else's id is answered as if it did not exist. */
export async function findOwnApplication(deps: Deps, personId: string, applicationId: string): Promise<ApplicationDoc> {
  const found = await findApplication(deps, { _id: applicationId, personId });
  if (!found) throw new NotFoundError('No such application for this person');
  return found;
}
