import { graphql } from '../../../graphql/generated';

export const TWO_FACTOR_STATUS = graphql(`
  query TwoFactorStatus {
    twoFactorStatus {
      enabled
      recoveryCodesLeft
    }
  }
`);

export const START_TOTP_ENROLMENT = graphql(`
  mutation StartTotpEnrolment {
    startTotpEnrolment {
      secret
      otpauthUrl
      qrCode
    }
  }
`);

export const CONFIRM_TOTP_ENROLMENT = graphql(`
  mutation ConfirmTotpEnrolment($input: SecondFactorCodeInput!) {
    confirmTotpEnrolment(input: $input)
  }
`);

export const DISABLE_TWO_FACTOR = graphql(`
  mutation DisableTwoFactor($input: SecondFactorCodeInput!) {
    disableTwoFactor(input: $input)
  }
`);
