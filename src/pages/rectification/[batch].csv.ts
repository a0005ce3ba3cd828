// /rectification/<batch>.csv: one batch's ledger with the contract's Chinese headers, UTF-8 with BOM so Excel opens it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBatches, getUnitNamer } from '../../data/accountability.ts';
import { withCacheKeys } from '../../data/site.ts';
import { ledgerCsv } from '../../lib/accountability.ts';

// The ledger as staff wrote it (no derived status), with unit names from the shell: cached until either changes.
export const getStaticPaths = (async () =>
  withCacheKeys(
    (await getBatches()).map((batch) => ({
      params: { batch: batch.id },
      props: { items: batch.items },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { items } = props as { items: Parameters<typeof ledgerCsv>[0] };
  return new Response(ledgerCsv(items, await getUnitNamer()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
