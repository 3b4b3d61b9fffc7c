"use client";
import { useId, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "./button";
import { ConfirmDialog, confirmSpec, type ConfirmSpec } from "./ConfirmDialog";
import { DisabledReason, useReadOnly } from "./ReadOnly";

/** The field a type-to-confirm dialog fills in, for the server to check again (a store's deletion compares it with the slug). */
export const CONFIRM_FIELD = "confirmText";

/**
 * The one submit button (dashboard, console and storefront): shows the form
 * is being sent and cannot be pressed twice.
 *
 * With `confirm`, a click first validates the form and only then asks in an
 * alert dialog; confirming submits with this button as the submitter (its
 * name/value kept). A form marked noValidate is sent unasked when invalid:
 * the server answers with its field errors and changes nothing, so nobody is
 * asked to confirm a request that cannot succeed (Reject without a reason).
 *
 * Inside a read-only dashboard (ReadOnlyProvider) it is disabled, with the
 * reason shown beside it, unless `allowReadOnly`.
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  size,
  name,
  value,
  confirm,
  pending: pendingProp,
  disabled,
  disabledReason,
  allowReadOnly,
  className,
  "aria-label": ariaLabel,
}: {
  children: React.ReactNode;
  "aria-label"?: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  size?: "default" | "sm" | "lg";
  name?: string;
  value?: string;
  /** Asks before submitting (destructive actions). */
  confirm?: ConfirmSpec;
  /** From useActionForm; otherwise the enclosing form's status. */
  pending?: boolean;
  disabled?: boolean;
  /** Shown beside the button when it is disabled for a reason the user should know. */
  disabledReason?: string;
  /** Reads, not writes (e.g. an export): stays enabled in a read-only dashboard. */
  allowReadOnly?: boolean;
  className?: string;
}) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  const readOnly = useReadOnly();
  const reason = disabledReason ?? (allowReadOnly ? null : readOnly);
  const off = Boolean(disabled || reason);
  const reasonId = useId();
  const ref = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState(false);
  const typedRef = useRef<HTMLInputElement>(null);
  const spec = confirm ? confirmSpec(confirm) : null;

  return (
    <>
      {spec?.typeToConfirm ? <input ref={typedRef} type="hidden" name={CONFIRM_FIELD} defaultValue="" /> : null}
      <Button
        ref={ref}
        type="submit"
        name={name}
        value={value}
        variant={variant}
        size={size}
        className={className}
        aria-label={ariaLabel}
        disabled={pending || off}
        aria-disabled={pending || off}
        aria-describedby={reason ? reasonId : undefined}
        onClick={(e) => {
          if (!spec) return;
          const form = e.currentTarget.form;
          e.preventDefault();
          if (form && !form.checkValidity()) {
            if (form.noValidate) form.requestSubmit(e.currentTarget);
            else form.reportValidity();
            return;
          }
          setAsking(true);
        }}
      >
        {pending ? (pendingLabel ?? "Working…") : children}
      </Button>
      {reason ? <DisabledReason id={reasonId} reason={reason} /> : null}
      {spec ? (
        <ConfirmDialog
          open={asking}
          onOpenChange={setAsking}
          confirm={spec}
          tone={variant === "danger" || variant === "dangerOutline" ? "danger" : "primary"}
          onConfirm={(text) => {
            setAsking(false);
            if (typedRef.current) typedRef.current.value = text;
            // requestSubmit fires no click event, so this does not ask again.
            const button = ref.current;
            button?.form?.requestSubmit(button);
          }}
        />
      ) : null}
    </>
  );
}
