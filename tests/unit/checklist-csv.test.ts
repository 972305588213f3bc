import { describe, expect, it } from 'vitest';
import { checklistCsv, CSV_HEADER, csvCell, notificationTime } from '@/utils/checklist-csv';
import type { CourtRecord } from '@/utils/storage';

const DAY = Date.UTC(2026, 0, 15, 9, 30);
const records: CourtRecord[] = [
  {
    id: 'iasb',
    status: 'verified',
    added: DAY,
    updated: DAY + 3,
    linked: DAY + 1,
    verified: DAY + 2,
    notification: { transactionId: '10005', submitted: '11/01/2015 10:40:36 CST', request: 'Link', status: 'Processed' },
  },
  { id: 'iasd', status: 'todo', added: DAY, updated: DAY },
];
const names: Record<string, string> = { iasb: 'U.S. Bankruptcy Court, Southern District of Iowa', iasd: 'U.S. District Court, Southern District of Iowa' };

/** A strict RFC 4180 reader, to check the writer's output round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else if (ch === '\r' || ch === '\n' || ch === '"') throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    else cell += ch;
  }
  if (cell || row.length) throw new Error('last line has no CRLF');
  return rows;
}

describe('checklist CSV', () => {
  it('has a header row and one row per court, with ISO times', () => {
    const rows = parseCsv(checklistCsv(records, (id) => names[id]));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows[0]).toEqual(['court id', 'court name', 'status', 'added', 'linked', 'verified', 'notification transaction id', 'notification time']);
    expect(rows.slice(1)).toEqual([
      [
        'iasb',
        names.iasb,
        'verified',
        '2026-01-15T09:30:00.000Z',
        '2026-01-15T09:30:00.001Z',
        '2026-01-15T09:30:00.002Z',
        '10005',
        '2015-11-01T10:40:36-06:00',
      ],
      ['iasd', names.iasd, 'todo', '2026-01-15T09:30:00.000Z', '', '', '', ''],
    ]);
  });

  it('is only a header for an empty checklist', () => {
    expect(checklistCsv([], () => '')).toBe(`${CSV_HEADER.join(',')}\r\n`);
  });

  it('quotes commas, quotes and line breaks (RFC 4180), and the text survives a round trip', () => {
    for (const value of ['a,b', 'say "hi"', 'two\nlines', 'cr\rlf\r\n', 'plain']) {
      expect(parseCsv(`${csvCell(value)}\r\n`)).toEqual([[value]]);
    }
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('plain')).toBe('plain');
  });

  it('never lets a spreadsheet read a cell as a formula', () => {
    for (const evil of ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const [[cell]] = parseCsv(`${csvCell(evil)}\r\n`);
      expect(cell).toBe(`'${evil}`);
    }
    // A court email's transaction id is the user's paste: it goes through the same guard.
    const pasted: CourtRecord = { ...records[0], notification: { ...records[0].notification!, transactionId: '=cmd|x' } };
    expect(parseCsv(checklistCsv([pasted], () => 'Court, "quoted"'))[1].slice(0, 2)).toEqual(['iasb', 'Court, "quoted"']);
    expect(parseCsv(checklistCsv([pasted], () => ''))[1][6]).toBe("'=cmd|x");
  });

  it('writes the court’s notification time in ISO 8601 when it has the usual shape, else as written', () => {
    expect(notificationTime('11/01/2015 10:40:36 CST')).toBe('2015-11-01T10:40:36-06:00');
    expect(notificationTime('3/9/2026 7:05:00 EDT')).toBe('2026-03-09T07:05:00-04:00');
    expect(notificationTime('11/01/2015 10:40:36 XYZ')).toBe('11/01/2015 10:40:36 XYZ');
    expect(notificationTime('yesterday')).toBe('yesterday');
  });
});
