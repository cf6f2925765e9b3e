import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
} from '@mantine/core';

/** Mantine's green with a darker last shade: white on the default one is 4.37:1, below AA. */
const green = [
  ...DEFAULT_THEME.colors.green.slice(0, 9),
  '#237032',
] as unknown as MantineColorsTuple;

/**
 * Mantine's default blue is 3.55:1 on white, below WCAG AA; shade 8 of indigo keeps white
 * text on buttons and blue links on white above 4.5:1.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  colors: { green },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'md',
  components: {
    // Mantine's close buttons are an icon with no name (axe: button-name, critical).
    // Plain objects rather than Modal.extend(): the theme must not pull these into the entry chunk.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    // The light active link is 4.1:1 when hovered; filled keeps white on indigo 8 (7:1).
    NavLink: { defaultProps: { variant: 'filled' } },
  },
});

/** "Dimmed" text is gray 6 (3.3:1 on white) by default; gray 7 reads at 6:1. */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: { '--mantine-color-dimmed': resolved.colors.gray[7] },
  dark: {},
});
