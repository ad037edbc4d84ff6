// A refusal beside the field it is about: the message under the input, the input marked
// invalid and described by the message, and focus on the first invalid field, so a keyboard
// or screen-reader user lands on what to fix instead of hunting through a list.

export const errorId = (inputId: string): string => `${inputId}-err`;

/** Props for an input whose field may be refused: aria-invalid and the message's id. */
export function invalidProps(inputId: string, message: string | undefined): Record<string, unknown> {
  return message ? { "aria-invalid": true, "aria-describedby": errorId(inputId) } : {};
}

export function FieldError({ for: inputId, message }: { for: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={errorId(inputId)} class="field-error" dir="auto">
      {message}
    </span>
  );
}

/** Focuses the first field marked invalid inside `root`; false when there is none. */
export function focusFirstInvalid(root: Element | null): boolean {
  const el = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!el) return false;
  el.focus();
  return true;
}
