import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { LIMITS } from '@tandem/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../common/page.args';
import { trimmed } from '../common/transforms';

export enum CaseloadSort {
  /** Most flags first, then the largest fall in index. */
  ATTENTION = 'ATTENTION',
  NAME = 'NAME',
  INDEX_CHANGE = 'INDEX_CHANGE',
  LAST_ACTIVITY = 'LAST_ACTIVITY',
  IN_CARE_SINCE = 'IN_CARE_SINCE',
}
registerEnumType(CaseloadSort, { name: 'CaseloadSort' });

@ArgsType()
export class CaseloadArgs extends PageArgs {
  @Field(() => CaseloadSort, { defaultValue: CaseloadSort.ATTENTION })
  @IsEnum(CaseloadSort)
  sort: CaseloadSort = CaseloadSort.ATTENTION;

  @Field({ defaultValue: false, description: 'Only couples with at least one flag.' })
  @IsBoolean()
  flaggedOnly: boolean = false;

  @Field(() => String, {
    nullable: true,
    description: "Words in the couple's or a partner's name.",
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.coupleNameMaxLength)
  search?: string;
}
