import { ServiceConfig } from '@citypoints/platform';

/**
 * The settings of rewards: those of every service (its database, Kafka, the service-token key,
 * ports, logging).
 */
export class RewardsConfig extends ServiceConfig {}
