import { hitungBuku } from '../../src/engine/hitung';
import { hitungLatar, tempatTerakhir } from '../../src/taskpane/mesin';
import { bacaBuku, CONTOH } from '../bantu';

/** The pane's engine runner: the worker runs in the browser test; here, where there is none, the pane's thread. */
describe('hitungLatar', () => {
  test('without a Web Worker it computes on the spot, with progress per table', async () => {
    const { grids } = await bacaBuku(CONTOH);
    const kemajuan: [number, number][] = [];
    const h = await hitungLatar(grids, {}, (a, b) => kemajuan.push([a, b]));
    expect(tempatTerakhir).toBe('panel');
    expect(JSON.stringify(h)).toBe(JSON.stringify(hitungBuku(grids)));
    expect(kemajuan.length).toBe(h.tabel.length);
    expect(kemajuan.at(-1)).toEqual([h.tabel.length, h.tabel.length]);
    expect(kemajuan.map(([a]) => a)).toEqual(kemajuan.map((_, i) => i + 1));
  });
});
