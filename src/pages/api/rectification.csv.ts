// /api/rectification.csv: every batch's ledger in one CSV: a first column 批次 (the batch id), then the contract's ledger columns.
import type { APIRoute } from 'astro';
import { getBatches, getUnitNamer } from '../../data/accountability.ts';
import { allLedgersCsv } from '../../lib/accountability.ts';

export const GET: APIRoute = async () =>
  new Response(allLedgersCsv(await getBatches(), await getUnitNamer()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
