import { UuidParamPipe } from '@citypoints/platform';

/**
 * An `:activity` path parameter: a UUID in lower case (RFC 9562: case does not matter), or a
 * 400 naming `activity`.
 */
export class ActivityIdPipe extends UuidParamPipe {
  constructor() {
    super('activity');
  }
}
