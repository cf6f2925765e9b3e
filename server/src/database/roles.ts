/** The application role: row-level security applies to it, and it holds DML grants only. */
export const APP_ROLE = 'tandem_app';
