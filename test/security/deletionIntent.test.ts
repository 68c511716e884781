import { describe, expect, it } from 'vitest';
import { deletionIntent } from '../../src/nlu/deletionIntent';
import { detectCommand } from '../../src/nlu/commands';

/** Issue 23 item 4: only a request deletes; a negated or questioning mention of deletion is explained instead. */
describe('what a mention of deleting one\'s data means', () => {
  it.each([
    ["don't delete my data", 'negated'],
    ['dont delete my data', 'negated'],
    ['do not delete my data please', 'negated'],
    ['please don’t erase my answers', 'negated'],
    ['不要删除我的数据', 'negated'],
    ['别删我的数据', 'negated'],
    ['不用删除我的信息', 'negated'],
    ['will you delete my data?', 'question'],
    ['do you delete my data', 'question'],
    ['how do i delete my data?', 'question'],
    ['你会删除我的数据吗？', 'question'],
    ['会不会删除我的数据', 'question'],
    ['delete my data', 'request'],
    ['please delete my data', 'request'],
    ['can you delete my data?', 'request'],
    ['删除我的数据', 'request'],
    ['请删除我的数据', 'request'],
    ['可以删除我的数据吗？', 'request'],
  ] as const)('%s: %s', (text, intent) => {
    expect(deletionIntent(text)).toBe(intent);
  });

  it('the command reader still finds the command in the requests (the dialog then asks deletionIntent)', () => {
    for (const text of ['delete my data', '删除我的数据', 'please delete my data']) expect(detectCommand(text)).toBe('deleteData');
  });
});
