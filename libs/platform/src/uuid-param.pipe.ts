import { PipeTransform } from '@nestjs/common';
import { invalidFields } from './problems/field-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A UUID path parameter named `field` (`:offer`), turned to lower case (RFC 9562: case does
 * not matter), or a 400 naming the field: `new UuidParamPipe('offer')`.
 */
export class UuidParamPipe implements PipeTransform<string, string> {
  constructor(private readonly field: string) {}

  transform(value: string): string {
    const id = value.toLowerCase();
    if (UUID.test(id)) return id;
    throw invalidFields([{ field: this.field, message: `${this.field} must be a UUID` }]);
  }
}
