import { MantineProvider, TextInput } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { DialogForm, FormDialog } from './FormDialog';

function NameForm(props: {
  saving?: boolean;
  error?: unknown;
  problem?: string | null;
  onSubmit: () => unknown;
  onCancel?: () => void;
}) {
  const [name, setName] = useState('');
  return (
    <DialogForm
      onSubmit={props.onSubmit}
      onCancel={props.onCancel ?? (() => undefined)}
      submitLabel="Save"
      saving={props.saving ?? false}
      ready={name.trim() !== ''}
      notReadyHint="Write a name first."
      error={props.error}
      problem={props.problem}
    >
      <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
    </DialogForm>
  );
}

function renderDialog(form: ReactNode, opened = true, onClose = () => undefined) {
  return render(
    <MantineProvider>
      <FormDialog opened={opened} onClose={onClose} title="Name it">
        {form}
      </FormDialog>
    </MantineProvider>,
  );
}

describe('FormDialog', () => {
  it('is a dialog named by its title that sends only a ready form, and says what is missing', () => {
    const onSubmit = jest.fn();
    renderDialog(<NameForm onSubmit={onSubmit} />);
    const dialog = screen.getByRole('dialog', { name: 'Name it' });
    const save = screen.getByRole('button', { name: 'Save' });
    expect(dialog).toBeInTheDocument();
    expect(save).toBeDisabled();
    expect(save).toHaveAccessibleDescription('Write a name first.');
    fireEvent.submit(save.closest('form')!);
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Ada' } });
    expect(save).toBeEnabled();
    expect(screen.queryByText('Write a name first.')).not.toBeInTheDocument();
    fireEvent.click(save);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('does not send twice while saving', () => {
    const onSubmit = jest.fn();
    renderDialog(<NameForm onSubmit={onSubmit} saving />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Ada' } });
    fireEvent.submit(screen.getByLabelText('Name').closest('form')!);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows a problem found before sending in place of the request error', () => {
    const { rerender } = renderDialog(<NameForm onSubmit={() => undefined} error={new Error()} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Cannot reach Tandem');
    rerender(
      <MantineProvider>
        <FormDialog opened onClose={() => undefined} title="Name it">
          <NameForm onSubmit={() => undefined} error={new Error()} problem="Choose a name." />
        </FormDialog>
      </MantineProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a name.');
  });

  it('keeps a rejected submit to the error it shows', async () => {
    const onSubmit = jest.fn(() => Promise.reject(new Error('refused')));
    renderDialog(<NameForm onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Ada' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await Promise.resolve();
    expect(onSubmit).toHaveBeenCalled();
  });

  it('calls onCancel from Cancel and onClose from Escape', () => {
    const onCancel = jest.fn();
    const onClose = jest.fn();
    renderDialog(<NameForm onSubmit={() => undefined} onCancel={onCancel} />, true, onClose);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByLabelText('Name'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('starts the form afresh at each opening, even while the last closing still fades out', () => {
    const dialog = (opened: boolean) => (
      <MantineProvider>
        <FormDialog opened={opened} onClose={() => undefined} title="Name it">
          <NameForm onSubmit={() => undefined} />
        </FormDialog>
      </MantineProvider>
    );
    const { rerender } = render(dialog(true));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Ada' } });
    rerender(dialog(false));
    rerender(dialog(true));
    expect(screen.getByLabelText('Name')).toHaveValue('');
  });
});
