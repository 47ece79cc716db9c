import { IsSignedToken } from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class QrTokenDto {
  @ApiProperty({ description: "the token from the person's QR code" })
  @IsSignedToken()
  token: string;
}

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
