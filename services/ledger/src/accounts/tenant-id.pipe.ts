import { BadRequestException, PipeTransform } from '@nestjs/common';

const TENANT_ID = /^[a-z0-9-]{1,63}$/;

export class TenantIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!TENANT_ID.test(value)) {
      throw new BadRequestException('tenant must be 1-63 characters of a-z, 0-9 and -');
    }
    return value;
  }
}
