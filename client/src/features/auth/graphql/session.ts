import { graphql } from '../../../graphql/generated';

export const ME = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      clinic {
        id
        name
      }
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
      email
      displayName
      role
      clinic {
        id
        name
      }
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);
