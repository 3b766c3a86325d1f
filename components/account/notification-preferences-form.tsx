"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { setNotificationPreferencesAction } from "@/lib/actions/notification-actions";
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_CHANNELS,
  type NotificationCategory,
  type NotificationChannel,
} from "@/lib/domain/notification-preferences";
import { notificationPreferencesSchema, type NotificationPreferencesInput } from "@/lib/schemas/notification";

/** One choice per category: every notification stays in the app; the channel says what e-mail follows. */
export function NotificationPreferencesForm({
  current,
}: {
  current: Record<NotificationCategory, NotificationChannel>;
}) {
  const {
    register,
    handleSubmit,
    reset,
    setError,
    getValues,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<NotificationPreferencesInput>({
    resolver: zodResolver(notificationPreferencesSchema),
    defaultValues: current,
  });
  const { message, run } = useServerAction({ setError, getValues, formState: { errors } });

  const onSubmit = handleSubmit(async (values) => {
    const result = await run(() => setNotificationPreferencesAction(values), {
      success: (data) => (data?.changed ? "Notification preferences saved." : "Nothing to change: already saved."),
    });
    if (result.ok) reset(values);
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5" aria-label="Notification preferences">
      <p className="text-sm text-slate-700">
        Every notification is listed under Notifications. Choose what e-mail follows: one per notification, one daily
        digest of the unread ones (sent once a day), or none.
      </p>
      {NOTIFICATION_CATEGORIES.map((category) => (
        <fieldset key={category} aria-describedby={`pref-${category}-hint`} className="space-y-2">
          <legend className="font-medium text-slate-900">{CATEGORY_LABELS[category].label}</legend>
          <p id={`pref-${category}-hint`} className="text-sm text-slate-600">
            {CATEGORY_LABELS[category].hint}
          </p>
          <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-6">
            {NOTIFICATION_CHANNELS.map((channel) => (
              <label key={channel} className="flex min-h-6 items-center gap-2 text-sm text-slate-800">
                <input type="radio" value={channel} className="h-4 w-4" {...register(category)} />
                {CHANNEL_LABELS[channel]}
              </label>
            ))}
          </div>
          <FieldError id={`pref-${category}-error`} message={errors[category]?.message} />
        </fieldset>
      ))}
      <ActionMessage message={message} />
      <Button type="submit" disabled={isSubmitting || !isDirty}>
        {isSubmitting ? "Saving…" : "Save notification preferences"}
      </Button>
    </form>
  );
}
