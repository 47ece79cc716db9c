import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ServiceRequest } from './service-token.guard';

/**
 * The signed-in person the gateway's call acts for (`Actor`), from the verified service token;
 * undefined on calls for nobody in particular (public routes, tools).
 */
export const ActingPerson = createParamDecorator(
  (_: unknown, context: ExecutionContext) =>
    context.switchToHttp().getRequest<ServiceRequest>().actor,
);
