import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CAUSE_STATES, CauseState } from './cause-answers.dto';

/** Which of a tenant's causes to list: those in `state`, or all that the reader may see. */
export class CauseListQueryDto {
  @ApiPropertyOptional({ enum: CAUSE_STATES })
  @IsOptional()
  @IsIn(CAUSE_STATES, { message: `state must be one of ${CAUSE_STATES.join(', ')}` })
  state?: CauseState;
}
