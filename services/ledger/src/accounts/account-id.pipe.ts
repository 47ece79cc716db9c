import { invalidFields } from '@citypoints/platform';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';

/**
 * A person's account id in a path: a UUID (400 naming the parameter otherwise), in lower case
 * (see IsNormalizedUuid), so one person has one account however the id is written.
 */
@Injectable()
export class AccountIdPipe implements PipeTransform<string, string> {
  transform(value: string, { data }: ArgumentMetadata): string {
    const field = data ?? 'account';
    if (!isUUID(value)) throw invalidFields([{ field, message: `${field} must be a UUID` }]);
    return value.toLowerCase();
  }
}
