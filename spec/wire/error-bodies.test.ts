// Litmos' error forms as both local servers write them.
import { describe, expect, it } from 'vitest';
import { errorBody, htmlErrorPage, reasonPhrase, WCF_SERIALIZATION_NS } from './index.js';

describe('errorBody', () => {
  it('writes {"Detail": …} in JSON, with / escaped as WCF does', () => {
    const body = errorBody('json', 'Please check the xml/json in the body of the request');
    expect(body.contentType).toBe('application/json; charset=utf-8');
    expect(body.text).toBe('{"Detail":"Please check the xml\\/json in the body of the request"}');
    expect(JSON.parse(body.text)).toEqual({ Detail: 'Please check the xml/json in the body of the request' });
  });

  it('writes a WCF-serialised <string> in XML, escaping markup', () => {
    const body = errorBody('xml', 'Name <b> & "co"');
    expect(body.contentType).toBe('application/xml; charset=utf-8');
    expect(body.text).toBe(`<string xmlns="${WCF_SERIALIZATION_NS}">Name &lt;b&gt; &amp; &quot;co&quot;</string>`);
  });
});

describe('htmlErrorPage', () => {
  it('is the WCF Request Error page with the status name and the escaped message', () => {
    const page = htmlErrorPage(404, 'Endpoint not found.');
    expect(page.contentType).toBe('text/html; charset=UTF-8');
    expect(page.text).toContain('<TITLE>Request Error</TITLE>');
    expect(page.text).toContain("'NotFound'");
    expect(page.text).toContain('Endpoint not found.');
    expect(htmlErrorPage(413, '<x>').text).toContain("'RequestEntityTooLarge'</P><P><B>Details: </B>&lt;x&gt;");
    expect(htmlErrorPage(418, 'x').text).toContain("'418'");
  });
});

describe('reasonPhrase', () => {
  it('keeps printable ASCII, blanks the rest and never ends up empty', () => {
    expect(reasonPhrase('UserName already exists')).toBe('UserName already exists');
    expect(reasonPhrase('a\r\nb é')).toBe('a  b');
    expect(reasonPhrase('\n')).toBe('Error');
    expect(reasonPhrase('x'.repeat(300))).toHaveLength(200);
  });
});
