import {
  GROUP_KINDS,
  GroupKind,
  IsHumanText,
  Locale,
  LOCALES,
  ROLES,
  Role,
} from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';

/** Whose name others see on leaderboards and member lists: the display name, a nickname, none. */
export const VISIBILITIES = ['public', 'nickname', 'hidden'] as const;
/** One of VISIBILITIES: how a person consented to be named to others. */
export type Visibility = (typeof VISIBILITIES)[number];

/** How the person may appear on public leaderboards and member lists. */
export class ConsentDto {
  @ApiProperty({ enum: VISIBILITIES })
  @IsIn(VISIBILITIES, { message: `visibility must be one of ${VISIBILITIES.join(', ')}` })
  visibility: Visibility;

  @ApiPropertyOptional({
    minLength: 2,
    maxLength: 30,
    description: "required with visibility 'nickname', else absent; counted as a reader sees them",
  })
  @ValidateIf(
    (consent: ConsentDto) => consent.visibility === 'nickname' || consent.nickname !== undefined,
  )
  @IsHumanText({ min: 2, max: 30 })
  nickname?: string;
}

const ERASED = 'null once the person is erased';

/** The person in a data export; ids are UUIDs, times ISO-8601 UTC, erased fields null. */
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
  visibility: Visibility;

  @ApiProperty({ type: 'string', nullable: true })
  nickname: string | null;

  @ApiProperty({ format: 'date-time' })
  registeredAt: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  erasedAt: string | null;
}

/** A group the person belongs to, in a data export; `joinedAt` is ISO-8601 UTC. */
export class ExportedGroupDto {
  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: GROUP_KINDS })
  kind: GroupKind;

  @ApiProperty({ format: 'date-time' })
  joinedAt: string;
}

/** One of the person's sessions, in a data export; times are ISO-8601 UTC. */
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

/** Everything identity holds about a person (GDPR access); after erasure, pseudonymous facts. */
export class PersonalDataDto {
  @ApiProperty({ format: 'date-time' })
  exportedAt: string;

  @ApiProperty({ type: ExportedPersonDto })
  person: ExportedPersonDto;

  @ApiProperty({ type: [ExportedGroupDto] })
  groups: ExportedGroupDto[];

  @ApiProperty({ type: [ExportedSessionDto] })
  sessions: ExportedSessionDto[];
}
