import { Role, ROLES } from '@citypoints/contracts';
import { RoleChangeDto as IdentityRoleChangeDto } from '@citypoints/http-contracts';
import { ApiProperty, OmitType } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

// Identity's own shapes: the public ones are the internal ones.
export {
  EmailVerificationDto,
  PeopleDto,
  PeopleQueryDto,
  PersonSummaryDto,
} from '@citypoints/http-contracts';

/** A tenant admin never makes a platform operator. */
const GIVEN_ROLES: Role[] = ROLES.filter((role) => role !== 'platform-operator');

/** Identity's RoleChangeDto, with only the roles a tenant admin may give (addPersonRefusal). */
export class RoleChangeDto extends OmitType(IdentityRoleChangeDto, ['role'] as const) {
  @ApiProperty({ enum: GIVEN_ROLES })
  @IsIn(GIVEN_ROLES, { message: `role must be one of ${GIVEN_ROLES.join(', ')}` })
  role: Role;
}
