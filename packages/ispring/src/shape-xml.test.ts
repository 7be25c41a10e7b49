import { parseXmlRoot } from '@litmos-kit/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { type SchemaNode, shapeXml } from './shape-xml.js';

const schema = z.object({
  list: z.optional(z.array(z.object({ n: z.int(), ok: z.boolean(), flag: z.union([z.literal(0), z.literal(1), z.boolean()]), name: z.string() }))),
  token: z.optional(z.string()),
});
const shape = (xml: string) => shapeXml(parseXmlRoot(xml).content, schema as unknown as SchemaNode);

describe('shapeXml', () => {
  it('turns XML text into the numbers, booleans and literals the schema describes', () => {
    expect(
      shape(
        '<r><list><i><n>10</n><ok>true</ok><flag>1</flag><name> Ann </name></i><i><n>-2.5</n><ok>false</ok><flag>false</flag><name>Bo</name></i></list></r>',
      ),
    ).toEqual({
      list: [
        { n: 10, ok: true, flag: 1, name: ' Ann ' },
        { n: -2.5, ok: false, flag: false, name: 'Bo' },
      ],
    });
  });

  it('makes a one-item and an empty wrapper into arrays, and drops indentation', () => {
    expect(shape('<r>\n  <list>\n    <i><n>1</n><ok>true</ok><flag>0</flag><name>A</name></i>\n  </list>\n</r>')).toEqual({
      list: [{ n: 1, ok: true, flag: 0, name: 'A' }],
    });
    expect(shape('<r><list/><token>abc</token></r>')).toEqual({ list: [], token: 'abc' });
    expect(shape('<r></r>')).toEqual({});
  });

  it('keeps elements the schema does not know, and leaves text that fits no type for validation', () => {
    const value = shape('<r><list><i><n>ten</n><ok>yes</ok><flag>2</flag><name>A</name><colour>teal</colour></i></list></r>') as { list: unknown[] };
    expect(value.list[0]).toEqual({ n: 'ten', ok: 'yes', flag: '2', name: 'A', colour: 'teal' });
    expect(schema.safeParse(value).success).toBe(false);
  });
});
