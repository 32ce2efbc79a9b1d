import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv-records.js';

describe('csvRecords', () => {
  it.each<[string, string, string[][]]>([
    ['plain fields', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['CRLF and no final line break', 'a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['quoted commas, quotes and line breaks', 'x,"a,b ""c""\nd",y\n', [['x', 'a,b "c"\nd', 'y']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['nothing', '', []],
  ])('reads %s', (_name, text, expected) => expect([...csvRecords(text)]).toEqual(expected));
});
