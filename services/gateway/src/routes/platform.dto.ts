import { SignUpDto } from '@citypoints/http-contracts';

/**
 * A tenant's admin, added by a platform operator: the fields of a sign-up, and so identity's
 * CreatePersonDto with the role the gateway fills in.
 */
export class TenantAdminDto extends SignUpDto {}
