import { TENANT_ID } from '@citypoints/contracts';
import { PipeTransform } from '@nestjs/common';
import { invalidFields } from './problems/field-errors';

/** A `:tenant` path parameter: refused with 400 naming `tenant` unless it is a tenant id. */
export class TenantIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!TENANT_ID.test(value)) {
      throw invalidFields([
        { field: 'tenant', message: 'tenant must be 1-63 characters of a-z, 0-9 and -' },
      ]);
    }
    return value;
  }
}
