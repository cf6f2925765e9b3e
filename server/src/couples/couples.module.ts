import { Module } from '@nestjs/common';
import { CouplesResolver } from './couples.resolver';
import { CouplesService } from './couples.service';

@Module({ providers: [CouplesResolver, CouplesService] })
export class CouplesModule {}
