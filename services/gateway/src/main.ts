import '@citypoints/platform/tracing';
import 'reflect-metadata';
import { startGateway } from './start-gateway';

void startGateway();
