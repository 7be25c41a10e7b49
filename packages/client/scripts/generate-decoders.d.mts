// Types of generate-decoders.mjs, for the tests that generate decoders from schemas of their own.

/** Where one generated decoder is: its module (relative to the output folder) and export. */
export interface GeneratedDecoder {
  readonly module: string;
  readonly name: string;
}

/** Generates the decoders of a bundled OpenAPI document into `outDir` (emptied first). */
export function generateDecoders(settings: {
  readonly spec: object;
  readonly outDir: string;
  /** The schema of the API's own date form (fields of it go through the SDK's date rule). */
  readonly dateSchema?: string | undefined;
  /** Type names the types module exports, so decoders are typed where a type exists. */
  readonly typeNames?: readonly string[] | undefined;
  readonly typesModule?: string | undefined;
}): { readonly operations: Record<string, { readonly response?: GeneratedDecoder; readonly body?: GeneratedDecoder }>; readonly files: number };
