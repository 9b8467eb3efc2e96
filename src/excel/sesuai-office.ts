/**
 * Compile-time check (run by `npm run typecheck`) that the real Office.js
 * types satisfy the narrow API of api.ts, so the adapter tested against the
 * fake calls nothing Excel lacks. Emits no code.
 */
import type { KonteksExcel, LembarExcel, RentangExcel } from './api';

type Sesuai<Asli, Sempit> = Asli extends Sempit ? true : never;

export type PeriksaSesuai = [
  Sesuai<Excel.RequestContext, KonteksExcel>,
  Sesuai<Excel.Worksheet, LembarExcel>,
  Sesuai<Excel.Range, RentangExcel>,
];
const sesuai: PeriksaSesuai = [true, true, true];
void sesuai;
