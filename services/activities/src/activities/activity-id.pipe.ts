import { invalidFields } from '@citypoints/platform';
import { PipeTransform } from '@nestjs/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * An `:activity` path parameter: a UUID in lower case (RFC 9562: case does not matter), or a
 * 400 naming `activity`.
 */
export class ActivityIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    const id = value.toLowerCase();
    if (!UUID.test(id))
      throw invalidFields([{ field: 'activity', message: 'activity must be a UUID' }]);
    return id;
  }
}
