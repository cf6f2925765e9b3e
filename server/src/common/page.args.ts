import { ArgsType, Field, Int } from '@nestjs/graphql';
import { LIMITS } from '@tandem/shared';
import { IsInt, Max, Min } from 'class-validator';

/** Offset paging with a hard maximum page size, for every list that can grow. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit = 50;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset = 0;
}
