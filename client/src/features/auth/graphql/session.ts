import { graphql } from '../../../graphql/generated';

export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Viewer {
    id
    email
    displayName
    role
    clinic {
      id
      name
    }
  }
`);

export const ME = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...ViewerFields
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

export const COMPLETE_LOGIN = graphql(`
  mutation CompleteLogin($input: SecondFactorCodeInput!) {
    completeLogin(input: $input) {
      ...ViewerFields
    }
  }
`);
