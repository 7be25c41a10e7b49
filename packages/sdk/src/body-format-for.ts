import type { OperationDef } from '@litmos-kit/core';

/** The format a request body of `op` is written in: the client's, or JSON when the operation takes no XML. @internal */
export function bodyFormatFor(op: OperationDef, format: 'xml' | 'json'): 'xml' | 'json' {
  return format === 'xml' && op.bodyMediaTypes.includes('application/xml') ? 'xml' : 'json';
}
