// /rectification/<batch>.csv: one batch's ledger with the contract's Chinese headers, UTF-8 with BOM so Excel opens it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBatches, getUnitNamer } from '../../data/accountability.ts';
import { ledgerCsv } from '../../lib/accountability.ts';

export const getStaticPaths = (async () =>
  (await getBatches()).map((batch) => ({
    params: { batch: batch.id },
    props: { items: batch.items },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { items } = props as { items: Parameters<typeof ledgerCsv>[0] };
  return new Response(ledgerCsv(items, await getUnitNamer()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
