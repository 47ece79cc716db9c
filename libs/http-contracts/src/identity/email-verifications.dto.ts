import { IsSecretToken, SECRET_TOKEN } from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** The token of a verification mail, which verifies its person's address once, within 48 h. */
export class EmailVerificationDto {
  @ApiProperty({
    pattern: SECRET_TOKEN.source,
    description: 'the token from the verification mail',
  })
  @IsSecretToken()
  token: string;
}
