// /compare.json: the comparison as open data (src/lib/comparison-export.ts).
import type { APIRoute } from 'astro';
import { comparisonExport } from '../lib/comparison-export';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(await comparisonExport(site ?? new URL('http://localhost/')), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
