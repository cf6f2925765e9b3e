import { createTheme } from '@mantine/core';

/**
 * Mantine's default blue is 3.55:1 on white, below WCAG AA; shade 8 of indigo keeps white
 * text on buttons and blue links on white above 4.5:1.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'md',
});
