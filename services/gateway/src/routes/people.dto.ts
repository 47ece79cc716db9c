import { GROUP_KINDS, Role } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { SignUpDto } from './session.dto';

/** Platform operators are made by the platform, never by a tenant's admin. */
export const STAFF_ROLES: Role[] = ['citizen', 'verifier', 'tenant-admin', 'partner-staff'];
export const VISIBILITIES = ['public', 'nickname', 'hidden'] as const;

export class AddPersonDto extends SignUpDto {
  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES, { message: `role must be one of ${STAFF_ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'required for partner-staff, else absent' })
  @IsOptional()
  @IsUUID(undefined, { message: 'partnerId must be a UUID' })
  partnerId?: string;
}

export class ConsentDto {
  @ApiProperty({ enum: VISIBILITIES })
  @IsIn(VISIBILITIES, { message: `visibility must be one of ${VISIBILITIES.join(', ')}` })
  visibility: (typeof VISIBILITIES)[number];

  @ApiPropertyOptional({ minLength: 2, maxLength: 30, description: "with visibility 'nickname'" })
  @IsOptional()
  @IsString({ message: 'nickname must be a string' })
  @Length(2, 30, { message: 'nickname must be 2 to 30 characters' })
  nickname?: string;
}

export class CreateGroupDto {
  @ApiProperty({ minLength: 1, maxLength: 100 })
  @IsString({ message: 'name must be a string' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name: string;

  @ApiProperty({ enum: GROUP_KINDS })
  @IsIn(GROUP_KINDS, { message: `kind must be one of ${GROUP_KINDS.join(', ')}` })
  kind: (typeof GROUP_KINDS)[number];
}

export class JoinGroupDto {
  @ApiProperty({ example: 'K7QX-M2PA9R' })
  @IsString({ message: 'inviteCode must be a string' })
  @Length(1, 20, { message: 'inviteCode must be 1 to 20 characters' })
  inviteCode: string;
}

export class QrTokenDto {
  @ApiProperty({ description: "the token from the person's QR code" })
  @IsString({ message: 'token must be a string' })
  @Length(1, 2000, { message: 'token must be 1 to 2000 characters' })
  token: string;
}
