import { createTheme, MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Explain } from './Explain';

// jsdom lays nothing out, so Floating UI would take the button for scrolled out of view.
const theme = createTheme({ components: { Popover: { defaultProps: { hideDetached: false } } } });

function renderExplain() {
  render(
    <MantineProvider theme={theme}>
      <Explain topic="the gap chart">
        <p>How far apart the partners are.</p>
      </Explain>
    </MantineProvider>,
  );
  return screen.getByRole('button', { name: 'What does the gap chart mean?' });
}

describe('Explain', () => {
  it('opens a dialog named by its topic and described by its text, focused on Close, and gives the focus back', async () => {
    const button = renderExplain();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    button.focus();
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'The gap chart' });
    expect(dialog).toHaveAccessibleDescription('How far apart the partners are.');
    const close = await screen.findByRole('button', { name: 'Close' });
    await waitFor(() => expect(close).toHaveFocus());

    fireEvent.click(close);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
  });

  it('closes on Escape', async () => {
    const button = renderExplain();
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'The gap chart' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
