import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'tandem:isPublic';

/** Opens an operation to anyone, signed in or not. The only way past the guard without a role. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
