import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { SessionsModule } from './sessions.module';
import { TwoFactorResolver } from './two-factor.resolver';
import { TwoFactorService } from './two-factor.service';

@Module({
  imports: [SessionsModule],
  providers: [
    AuthResolver,
    AuthService,
    LoginRateLimiter,
    PasswordHasher,
    PasswordResetResolver,
    PasswordResetService,
    TwoFactorResolver,
    TwoFactorService,
  ],
  exports: [PasswordHasher, LoginRateLimiter],
})
export class AuthModule {}
