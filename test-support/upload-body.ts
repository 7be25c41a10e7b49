// A client uploading a large body in 64 KiB chunks, as an import would, that stops sending once
// the answer comes: what the servers' body limits must answer without losing the reply to a reset.
import { request } from 'node:http';

/** How the body is sent. */
export interface UploadOptions {
  /** Request headers; a `content-length` announces the size up front, none sends it chunked. */
  readonly headers?: Record<string, string> | undefined;
  /** Goes on sending after the answer (a client that does not listen), up to `total`. */
  readonly keepSending?: boolean | undefined;
  /**
   * The byte the body is made of.
   * @default 0x61 ('a')
   */
  readonly fill?: number | undefined;
}

/** The answer, how much was sent by then, and a promise that settles when the server closes the connection. */
export interface UploadReply {
  readonly status: number;
  readonly text: string;
  readonly sent: number;
  readonly closed: Promise<void>;
}

/** POSTs up to `total` bytes to `url` (see the module comment). */
export function uploadBody(url: string, total: number, options: UploadOptions = {}): Promise<UploadReply> {
  const target = new URL(url);
  const chunk = Buffer.alloc(64 * 1024, options.fill ?? 0x61);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const path = `${target.pathname}${target.search}`;
    const req = request({ host: target.hostname, port: target.port, method: 'POST', path, headers: options.headers ?? {} }, (res) => {
      answered = !options.keepSending;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (part: string) => (text += part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, sent, closed: new Promise((done) => req.socket?.once('close', () => done())) }));
    });
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (sent >= total) req.end();
    };
    pump();
  });
}
