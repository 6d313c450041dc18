// /compare.csv: the comparison as open data, one row per assistant and question (src/lib/comparison-export.ts).
import type { APIRoute } from 'astro';
import { comparisonExport, toCsv } from '../lib/comparison-export';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv((await comparisonExport(site ?? new URL('http://localhost/'))).cells), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
