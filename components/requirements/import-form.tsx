"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { importRequirementsAction } from "@/lib/actions/requirement-actions";
import { REQUIREMENT_CSV_COLUMNS } from "@/lib/domain/requirements-csv";
import { useServerAction } from "@/components/forms/use-server-action";
import { VoteResetConfirm } from "@/components/forms/vote-reset-confirm";
import type { VoteReset } from "@/lib/domain/vote-resets";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { ColumnHeader, Table, TableHead } from "@/components/ui/table";
import { plural } from "@/components/shared/format";

type Problem = { row: string; column: string; message: string };

/** "row.3.p_failure" → row 3, column p_failure; "file" and "csv" are about the whole file. */
function problems(fieldErrors: Record<string, string>): Problem[] {
  return Object.entries(fieldErrors)
    .map(([key, message]) => {
      const m = /^row\.(\d+)(?:\.(.+))?$/.exec(key);
      return m ? { row: m[1]!, column: m[2] ?? "—", message } : { row: "—", column: "—", message };
    })
    .sort((a, b) => (Number(a.row) || 0) - (Number(b.row) || 0));
}

/**
 * Upload a requirements CSV. The server checks every row with the same schema as the form and
 * writes all rows or none; problems come back by row and column.
 */
export function ImportForm({
  projectId,
  slug,
  voteResets = [],
}: {
  projectId: string;
  slug: string;
  /** The current votes an import resets (requirements are part of the card an open review pinned). */
  voteResets?: readonly VoteReset[];
}) {
  const router = useRouter();
  const { register, handleSubmit, formState } = useForm<{ file: FileList | undefined }>();
  const { pending, run } = useServerAction();
  const [failure, setFailure] = useState<{ message: string; problems: Problem[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<File | null>(null);
  const fileError = formState.errors.file?.message;
  // Nothing chosen is the form's own check; the rest is the server's message and its row problems.
  const error = fileError ? { message: fileError, problems: [] } : failure;

  const onSubmit = handleSubmit(async ({ file }) => {
    setDone(null);
    setFailure(null);
    const picked = file?.[0];
    if (!picked) return;
    if (voteResets.length > 0) setConfirming(picked);
    else await upload(picked);
  });

  async function upload(picked: File) {
    const result = await run(async () =>
      importRequirementsAction({ projectId, csv: await picked.text(), acknowledgedVoteResets: voteResets.length }),
    );
    setConfirming(null);
    if (result.ok) {
      const d = result.data!;
      const range = d.numbers.length ? `R${Math.min(...d.numbers)}–R${Math.max(...d.numbers)}` : "";
      setDone(
        `Imported ${d.created} ${plural(d.created, "requirement")} as ${range}${d.renumbered ? " (numbered after the project's existing requirements)" : " (numbers kept from the file)"}.`,
      );
      router.refresh();
    } else if (result.fieldErrors?.acknowledgedVoteResets) {
      // The panel voted since the page loaded: say who, and reload the list.
      setFailure({ message: result.fieldErrors.acknowledgedVoteResets, problems: [] });
      router.refresh();
    } else {
      setFailure({
        message: result.message ?? "The file could not be imported.",
        problems: problems(result.fieldErrors ?? {}),
      });
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" aria-label="Import requirements from CSV">
      <div>
        <Label htmlFor="csv-file">CSV file</Label>
        <p id="csv-file-hint" className="mb-1 text-sm text-slate-600">
          Columns: {REQUIREMENT_CSV_COLUMNS.join(", ")}. Required: kind, statement, status, p_failure, value. An export
          from any project imports unchanged.
        </p>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="csv-file-hint"
          {...register("file", { validate: (files) => (files?.length ? true : "Choose a CSV file first.") })}
          className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-4 file:text-slate-900"
        />
      </div>
      <div role="alert">
        {error ? (
          <div className="flex flex-col gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-semibold">{error.message}</p>
            {error.problems.length > 0 ? (
              <Table caption="Problems in the file, by row and column" scroll>
                <TableHead bare className="border-b border-red-300">
                  <ColumnHeader bare className="py-1 pr-3">
                    Row
                  </ColumnHeader>
                  <ColumnHeader bare className="py-1 pr-3">
                    Column
                  </ColumnHeader>
                  <ColumnHeader bare className="py-1">
                    Problem
                  </ColumnHeader>
                </TableHead>
                <tbody>
                  {error.problems.map((p, i) => (
                    <tr key={i} className="border-b border-red-200 align-top">
                      <td className="py-1 pr-3 tabular-nums">{p.row}</td>
                      <td className="py-1 pr-3 font-mono">{p.column}</td>
                      <td className="py-1">{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            ) : null}
          </div>
        ) : null}
      </div>
      {done ? (
        <Alert tone="success">
          <p>{done}</p>
          <p>
            <a href={`/projects/${slug}/requirements`} className="underline">
              See the requirements
            </a>
          </p>
        </Alert>
      ) : null}
      {confirming ? (
        <VoteResetConfirm
          resets={voteResets}
          pending={pending}
          onConfirm={() => void upload(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
      <div className={confirming ? "hidden" : undefined}>
        <Button type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import"}
        </Button>
      </div>
    </form>
  );
}
