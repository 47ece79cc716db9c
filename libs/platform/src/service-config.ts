import { Matches } from 'class-validator';
import { P256KeySetting } from './pem-key-setting';
import { StatelessServiceConfig } from './stateless-service-config';

/** Settings every service with a database needs; a service's own config class extends this. */
export class ServiceConfig extends StatelessServiceConfig {
  @Matches(/^postgres(ql)?:\/\/[^/\s]+\/\w+/, {
    message: 'DATABASE_URL must be a postgres:// URL naming a host and a database',
  })
  DATABASE_URL: string;

  /** The gateway's public key, which checks the service token of every internal call. */
  @P256KeySetting('public', 'SERVICE_TOKEN_PUBLIC_KEY')
  SERVICE_TOKEN_PUBLIC_KEY: string;
}
