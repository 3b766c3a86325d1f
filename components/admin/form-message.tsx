/** A form's result. Both regions stay mounted so a later message is announced by screen readers. */
export function FormMessage({ message }: { message: { tone: "error" | "success"; text: string } | null }) {
  return (
    <>
      <div role="alert">
        {message?.tone === "error" ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">{message.text}</p>
        ) : null}
      </div>
      <div role="status">
        {message?.tone === "success" ? (
          <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
            {message.text}
          </p>
        ) : null}
      </div>
    </>
  );
}
