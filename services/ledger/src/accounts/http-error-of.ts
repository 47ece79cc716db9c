import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
} from '@nestjs/common';
import { NotTheActorError } from './acting-for';
import { OwnAccountAdjustmentError } from './adjustment';
import { CommandIdReusedError } from './command-verdict';
import { ClosedAccountError, StaffAccountError, UnknownAccountError } from './movable-account';
import { InsufficientPointsError, InvalidMovementError } from './movement';

/** The HTTP answer to a ledger command's domain error; anything else stays a 500. */
export function httpErrorOf(error: unknown): unknown {
  if (error instanceof InvalidMovementError) return new BadRequestException(error.message);
  if (error instanceof UnknownAccountError) return new NotFoundException(error.message);
  if (error instanceof OwnAccountAdjustmentError || error instanceof NotTheActorError) {
    return new ForbiddenException(error.message);
  }
  const conflicts = [
    InsufficientPointsError,
    ClosedAccountError,
    StaffAccountError,
    CommandIdReusedError,
  ];
  if (conflicts.some((kind) => error instanceof kind)) {
    return new ConflictException((error as Error).message);
  }
  return error;
}
