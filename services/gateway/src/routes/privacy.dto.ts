import { GROUP_KINDS, Locale, LOCALES, ROLES, Role } from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { VISIBILITIES } from './people.dto';
import { StatementDto } from './points-answers.dto';

const ERASED = 'null once the person is erased';

export class ExportedPersonDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'cascais' })
  tenant: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  partnerId: string | null;

  @ApiProperty({ type: 'string', format: 'email', nullable: true, description: ERASED })
  email: string | null;

  @ApiProperty({ type: 'string', nullable: true, description: ERASED })
  displayName: string | null;

  @ApiProperty({ enum: LOCALES })
  locale: Locale;

  @ApiProperty({ enum: VISIBILITIES })
  visibility: (typeof VISIBILITIES)[number];

  @ApiProperty({ type: 'string', nullable: true })
  nickname: string | null;

  @ApiProperty({ format: 'date-time' })
  registeredAt: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  erasedAt: string | null;
}

export class ExportedGroupDto {
  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: GROUP_KINDS })
  kind: (typeof GROUP_KINDS)[number];

  @ApiProperty({ format: 'date-time' })
  joinedAt: string;
}

export class ExportedSessionDto {
  @ApiProperty({ format: 'uuid' })
  sessionId: string;

  @ApiProperty({ format: 'date-time' })
  signedInAt: string;

  @ApiProperty({ format: 'date-time' })
  lastRefreshedAt: string;

  @ApiProperty()
  ended: boolean;
}

/** Everything held about a person (GDPR access): identity's data and their ledger account. */
export class DataExportDto {
  @ApiProperty({ format: 'date-time' })
  exportedAt: string;

  @ApiProperty({ type: ExportedPersonDto })
  person: ExportedPersonDto;

  @ApiProperty({ type: [ExportedGroupDto] })
  groups: ExportedGroupDto[];

  @ApiProperty({ type: [ExportedSessionDto] })
  sessions: ExportedSessionDto[];

  @ApiProperty({ type: StatementDto, description: 'balance 0 and no movements without an account' })
  points: StatementDto;
}
