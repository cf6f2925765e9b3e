import { ArgsType, Field, ID } from '@nestjs/graphql';
import { LIMITS } from '@tandem/shared';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Length } from 'class-validator';
import { trimmed } from '../../common/transforms';

@ArgsType()
export class ResolveSafetyAlertArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That id is not a valid Tandem id.' })
  id: string;

  @Field({
    description: `What the individual safety check found and what was agreed (1 to ${LIMITS.safetyResolutionMaxLength} characters). The care team sees it; the partner never does.`,
  })
  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.safetyResolutionMaxLength, {
    message: `Note what the individual safety check found (1 to ${LIMITS.safetyResolutionMaxLength} characters).`,
  })
  resolution: string;
}
