import { IsSignedToken } from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** A verifier asks whose personal QR token this is. */
export class QrTokenDto {
  @ApiProperty({ description: "the token from the person's QR code" })
  @IsSignedToken()
  token: string;
}

/** A person's short-lived QR token (a signed JWT) and when it expires, ISO-8601 UTC. */
export class QrTokenIssuedDto {
  @ApiProperty({ description: 'a signed JWT, shown as a QR code' })
  token: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

/** Whose QR token a verifier scanned. */
export class QrHolderDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'cascais' })
  tenant: string;
}
