import { Role } from '@citypoints/contracts';
import {
  CreateGroupDto as IdentityCreateGroupDto,
  CreatePersonDto,
  JoinGroupDto as IdentityJoinGroupDto,
} from '@citypoints/http-contracts';
import { ApiProperty, OmitType } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

/** Platform operators are made by the platform, never by a tenant's admin. */
const STAFF_ROLES: Role[] = ['citizen', 'verifier', 'tenant-admin', 'partner-staff'];

/** Identity's CreatePersonDto, with only the roles a tenant admin may give. */
export class AddPersonDto extends OmitType(CreatePersonDto, ['role'] as const) {
  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES, { message: `role must be one of ${STAFF_ROLES.join(', ')}` })
  role: Role;
}

/** Identity's, without the founder: the gateway names the signed-in person as createdBy. */
export class CreateGroupDto extends OmitType(IdentityCreateGroupDto, ['createdBy'] as const) {}

/** Identity's, without the person: the gateway names the signed-in person as userId. */
export class JoinGroupDto extends OmitType(IdentityJoinGroupDto, ['userId'] as const) {}
