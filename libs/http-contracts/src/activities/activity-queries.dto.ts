import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ACTIVITY_STATES, ActivityState } from './activity-answers.dto';

/** Which of a tenant's activities to list: those in `state`, or all that the reader may see. */
export class ActivityListQueryDto {
  @ApiPropertyOptional({ enum: ACTIVITY_STATES })
  @IsOptional()
  @IsIn(ACTIVITY_STATES, { message: `state must be one of ${ACTIVITY_STATES.join(', ')}` })
  state?: ActivityState;
}
