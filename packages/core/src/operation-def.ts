/**
 * What an SDK knows about one operation of a spec. The generator
 * (packages/client/scripts/generate-operations.mjs) writes one `OperationDef` per operation of
 * each spec, read from the operation and its `x-litmos-sdk` extension; this module is the typed
 * contract it writes against. A definition is small (names, the path, the parameters): what an
 * SDK needs to check a call's parameters at once. The decoder and the body's XML shape are in
 * the operation's `OperationCodec`, loaded on the first call (`load`), so an application pays
 * only for the operations it calls.
 */
import type { BodyFormat } from './body-format.js';
import type { Decoder } from './decode-state.js';

/** The HTTP methods of the specs' operations. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** A query parameter. */
export interface QueryParamDef {
  /** The name on the wire (`enrollmentIds[]`, `since`). */
  readonly name: string;
  readonly required: boolean;
  /**
   * An array value is written as one comma-separated parameter (`style: form, explode: false`)
   * rather than one parameter per item.
   */
  readonly joined?: boolean;
}

/** A header parameter, with the spec's default when it has one. */
export interface HeaderParamDef {
  readonly name: string;
  readonly required: boolean;
  readonly default?: string;
}

/**
 * How a list moves from page to page, from the spec's `x-litmos-sdk.paging`:
 * - `none`: one answer holds the whole list (or the operation is not a list);
 * - `offset`: `startParam`/`limitParam` (Litmos' `start`/`limit`), a short page is the last;
 * - `token`: each page names the next in `nextToken` (iSpring's `nextPageToken`);
 * - `continuation`: skip rows once (`skipParam`), then follow `nextToken` until it is null (Xbox).
 * Dotted names (`pagingInfo.continuationToken`) point into the decoded page.
 */
export type PagingDef =
  | { readonly style: 'none' }
  | { readonly style: 'offset'; readonly startParam: string; readonly limitParam: string }
  | {
      readonly style: 'token';
      readonly tokenParam: string;
      readonly pageSizeParam?: string;
      readonly nextToken: string;
      readonly items: string;
    }
  | {
      readonly style: 'continuation';
      readonly skipParam: string;
      readonly maxParam: string;
      readonly tokenParam: string;
      readonly nextToken: string;
      readonly total?: string;
      readonly items: string;
    };

/** The paging styles, as `OperationDef.paging` names them. */
export type PagingStyle = PagingDef['style'];

/** Element names and order for writing a value as XML, read from the spec's XML schema. */
export type XmlShape =
  | { readonly kind: 'object'; readonly name: string; readonly prop?: string; readonly fields: readonly XmlShape[] }
  | { readonly kind: 'list'; readonly name: string; readonly prop?: string; readonly wrapped: boolean; readonly item: XmlShape }
  | { readonly kind: 'value'; readonly name: string; readonly prop?: string; readonly date: boolean };

/** What an SDK knows about the success body of one operation. */
export interface ResponseShape<T> {
  /** Names the operation in errors (`listLearnerResults`). */
  readonly label: string;
  /** The generated decoder of the body; `undefined` when the operation answers without one. */
  readonly decode: Decoder<T> | undefined;
  /** The root element of the XML body, checked when set. */
  readonly xmlRoot?: string | undefined;
  /** Elements between the XML root and the value (`<Ecommerce><Courses>…`). */
  readonly xmlWrappers?: readonly string[] | undefined;
  /** The item element of an XML list (`<User>` in `<Users>`), for writing one. */
  readonly xmlItem?: string | undefined;
  /**
   * The formats the API answers in; another one is a `ParseError`.
   * @default ['xml', 'json']
   */
  readonly formats?: readonly BodyFormat[] | undefined;
}

/**
 * The part of an operation that is loaded on its first call: how its success body is read and
 * how its request body is written. A generated operation module (`gen/operations/*.gen.ts`)
 * exports exactly these names.
 */
export interface OperationCodec<TResult = unknown> {
  readonly response: ResponseShape<TResult>;
  /** How to write the request body as XML (element names and order), when it takes XML. */
  readonly bodyXml?: XmlShape | undefined;
  /** The fields of one row (of a list) or of the record, in the spec's order. */
  readonly fields?: readonly string[] | undefined;
}

/** One operation of a spec. `TResult` is its decoded success body (an array for lists). */
export interface OperationDef<TResult = unknown> {
  /** The spec's `operationId`. */
  readonly id: string;
  readonly httpMethod: HttpMethod;
  /** The path template, relative to the base URL (`/teams/{teamId}/users`). */
  readonly path: string;
  /** Where the SDK exposes the call (`org.users.changed`), from `x-litmos-sdk.method`. */
  readonly sdkMethod: string;
  /** How the list pages (`PagingDef.style`); `'none'` for everything else. */
  readonly paging: PagingStyle;
  /** Parameter and field names of the paging, for `token` and `continuation` paging. */
  readonly pages?: PagingDef | undefined;
  /** Takes a `since`/`to` range that the SDK reads in windows (`x-litmos-sdk.delta`). */
  readonly delta: boolean;
  /** Fields that together identify a row, to drop repeats across pages (`x-litmos-sdk.itemKey`). */
  readonly itemKey: readonly string[];
  /** The path parameters, in the order the path names them. */
  readonly pathParams: readonly string[];
  readonly query: readonly QueryParamDef[];
  readonly headerParams: readonly HeaderParamDef[];
  /** Media types the request body may be sent in; empty when the operation takes none. */
  readonly bodyMediaTypes: readonly string[];
  /** What the success body is: a list, one record (or value), or nothing. */
  readonly returns: 'list' | 'object' | 'none';
  /** How the operation authenticates: the type of its security scheme. */
  readonly auth: 'apiKey' | 'basic' | 'bearer' | 'none';
  /**
   * A get-modify-put method the SDK offers next to this update (`x-litmos-sdk.patch`): its name,
   * and the operation that reads the record the update writes back.
   */
  readonly patch?: { readonly method: string; readonly read: OperationDef<unknown> } | undefined;
  /** A server of the operation's own (Litmos' Learning Record Store), with variable defaults. */
  readonly server?: { readonly url: string; readonly variables: Readonly<Record<string, string>> } | undefined;
  /** Loads the operation's codec (its generated module); the module system keeps it once loaded. */
  readonly load: () => Promise<OperationCodec<TResult>>;
}
