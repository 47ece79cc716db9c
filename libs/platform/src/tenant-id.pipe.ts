import { tenantIdProblem } from '@citypoints/contracts';
import { PipeTransform } from '@nestjs/common';
import { invalidFields } from './problems/field-errors';

/** A `:tenant` path parameter: refused with 400 naming `tenant` unless it is a tenant id. */
export class TenantIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    const problem = tenantIdProblem(value, 'tenant');
    if (problem) throw invalidFields([{ field: 'tenant', message: problem }]);
    return value;
  }
}
