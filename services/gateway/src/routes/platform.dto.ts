import { SignUpDto } from './session.dto';

/** A tenant's first admin, added by a platform operator: the same fields as a sign-up. */
export class TenantAdminDto extends SignUpDto {}
