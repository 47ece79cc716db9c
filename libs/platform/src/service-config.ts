import { Matches } from 'class-validator';
import { StatelessServiceConfig } from './stateless-service-config';

/** Settings every service with a database needs; a service's own config class extends this. */
export class ServiceConfig extends StatelessServiceConfig {
  @Matches(/^postgres(ql)?:\/\/[^/\s]+\/\w+/, {
    message: 'DATABASE_URL must be a postgres:// URL naming a host and a database',
  })
  DATABASE_URL: string;
}
