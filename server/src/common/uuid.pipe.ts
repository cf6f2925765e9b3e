import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** Ids are UUIDs; anything else is refused as bad input before it reaches a query. */
export const UUID = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException('That id is not a valid Tandem id.'),
});
