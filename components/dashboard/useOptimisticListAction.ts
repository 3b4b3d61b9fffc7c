"use client";
import { useMutation, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { idle } from "@/lib/actions/result";
import type { FormAction } from "@/lib/actions/action-type";

/**
 * A row action on an infinite list (archive a product, fulfill an order) with
 * an optimistic update: the row changes at once, comes back if the server
 * refuses, and the list is refetched either way. The server action receives
 * the row's id as `idField` and goes through the usual action wrapper.
 */
export function useOptimisticListAction<TPage, TRow extends { id: string }>(options: {
  queryKey: readonly unknown[];
  invalidateKey: readonly unknown[];
  action: FormAction;
  idField: string;
  failure: string;
  patchPage: (page: TPage, row: TRow) => TPage;
  success: (row: TRow) => string;
  onNotice: (notice: { ok: boolean; text: string }) => void;
  onSettled?: () => void;
}) {
  const queryClient = useQueryClient();
  const { queryKey } = options;
  return useMutation({
    mutationFn: async (row: TRow) => {
      const form = new FormData();
      form.set(options.idField, row.id);
      const result = await options.action(idle, form);
      if (!result.ok) throw new Error(result.error ?? options.failure);
      return row;
    },
    onMutate: async (row) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<InfiniteData<TPage>>(queryKey);
      queryClient.setQueryData<InfiniteData<TPage>>(queryKey, (data) => data && { ...data, pages: data.pages.map((p) => options.patchPage(p, row)) });
      return { previous };
    },
    onError: (err, _row, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
      options.onNotice({ ok: false, text: err.message });
    },
    onSuccess: (row) => options.onNotice({ ok: true, text: options.success(row) }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: options.invalidateKey });
      options.onSettled?.();
    },
  });
}
