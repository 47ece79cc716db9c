import { TENANT_ID } from '@citypoints/contracts';
import { BadRequestException, PipeTransform } from '@nestjs/common';

export class TenantIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!TENANT_ID.test(value)) {
      throw new BadRequestException('tenant must be 1-63 characters of a-z, 0-9 and -');
    }
    return value;
  }
}
