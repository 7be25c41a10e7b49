// Redoc renders a Markdown code fence as a bare <pre>: no highlighting, no copy button. The
// build replaces every fence of the guides with the same code already highlighted (highlight.js
// at build time, so the page loads no highlighter) inside a block that carries a copy button.
//
// Redoc turns raw HTML in Markdown into React elements, and its reader shapes the output:
// - an HTML block ends at the first blank line, and newlines inside it are lost, so a block is
//   written on one line with <br> between lines;
// - text is cut into pieces at every tag and every character reference, and a piece that is only
//   whitespace is dropped (`</span> <span>` loses its space). So no character reference is
//   written (`<` and `&` go out raw, kept from starting a tag or a reference by a tag right
//   after them), and every run of whitespace joins the token after it (or, at the end of a
//   line, the one before it).
// The copy button copies the block's exact source, kept URI-encoded in an attribute.
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import go from 'highlight.js/lib/languages/go';
import http from 'highlight.js/lib/languages/http';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import ruby from 'highlight.js/lib/languages/ruby';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';

hljs.registerLanguage('bash', bash);
hljs.registerLanguage('go', go);
hljs.registerLanguage('http', http);
hljs.registerLanguage('javascript', javascript);
hljs.registerLanguage('json', json);
hljs.registerLanguage('python', python);
hljs.registerLanguage('ruby', ruby);
hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('xml', xml);

/** Fence info strings the guides use, mapped to a highlight.js language and a label. */
const languages = /** @type {Record<string, { hljs: string, label: string }>} */ ({
  ts: { hljs: 'typescript', label: 'TypeScript' },
  typescript: { hljs: 'typescript', label: 'TypeScript' },
  js: { hljs: 'javascript', label: 'JavaScript' },
  javascript: { hljs: 'javascript', label: 'JavaScript' },
  sh: { hljs: 'bash', label: 'Shell' },
  bash: { hljs: 'bash', label: 'Shell' },
  shell: { hljs: 'bash', label: 'Shell' },
  json: { hljs: 'json', label: 'JSON' },
  xml: { hljs: 'xml', label: 'XML' },
  http: { hljs: 'http', label: 'HTTP' },
  python: { hljs: 'python', label: 'Python' },
  py: { hljs: 'python', label: 'Python' },
  go: { hljs: 'go', label: 'Go' },
  ruby: { hljs: 'ruby', label: 'Ruby' },
  rb: { hljs: 'ruby', label: 'Ruby' },
});

const fence = /^([ \t]*)(`{3,}|~{3,})[ \t]*([^\n`]*)\n([\s\S]*?)^\1\2[ \t]*$/gm;

/**
 * Rewrites the fenced code blocks of one Markdown text into highlighted, copyable HTML blocks.
 * Text outside the fences is left as it is.
 * @param {string} markdown
 * @returns {{ markdown: string, blocks: number }}
 */
export function highlightGuideCode(markdown) {
  let blocks = 0;
  const out = markdown.replace(fence, (_whole, indent, _marker, info, body) => {
    blocks++;
    const code = body
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
      .join('\n')
      .replace(/\n$/, '');
    const name = String(info).trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    // The blank line ends the HTML block: without it, text right below the fence would be
    // read as part of the block, raw.
    return `${indent}${codeBlockHtml(code, languages[name])}\n`;
  });
  return { markdown: out, blocks };
}

/**
 * @param {string} code
 * @param {{ hljs: string, label: string } | undefined} language
 */
function codeBlockHtml(code, language) {
  const highlighted = language ? hljs.highlight(code, { language: language.hljs, ignoreIllegals: true }).value : escapeText(code);
  const label = language?.label ?? 'Code';
  return (
    `<div class="lk-code" data-language="${language?.hljs ?? 'text'}" data-code="${encodeURIComponent(code)}">` +
    `<div class="lk-code-bar"><span class="lk-code-label">${label}</span>` +
    `<button type="button" class="lk-copy" aria-label="Copy ${label} code">Copy</button></div>` +
    `<pre class="lk-code-pre"><code class="hljs">${toRedocHtml(highlighted)}</code></pre></div>`
  );
}

/**
 * Re-emits highlight.js output (nested spans, five character references) in the form Redoc
 * reads back faithfully: flat spans, one per token, whitespace glued to a token, no references.
 * @param {string} highlighted
 */
function toRedocHtml(highlighted) {
  /** @type {{ char: string, scope: string }[][]} */
  const lines = [[]];
  /** @type {string[]} */
  const scopes = [];
  for (const [piece, scope, entity] of highlighted.matchAll(/<span class="([^"]*)">|<\/span>|&(amp|lt|gt|quot|#x27);|[^<&]+/g)) {
    if (scope !== undefined) scopes.push(scope);
    else if (piece === '</span>') scopes.pop();
    else
      for (const char of entity ? entities[entity] : piece) {
        if (char === '\n') lines.push([]);
        else lines.at(-1)?.push({ char, scope: scopes.at(-1) ?? '' });
      }
  }
  return lines.map(lineHtml).join('<br>');
}

const entities = /** @type {Record<string, string>} */ ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'" });

/**
 * One line as flat runs of one scope each. A run of whitespace joins the token after it, or the
 * one before it when the next character is `<` or `&` (where Redoc cuts the text); with no token
 * before it on the line it is drawn by CSS from an attribute, the only form Redoc cannot drop.
 * @param {{ char: string, scope: string }[]} chars
 */
function lineHtml(chars) {
  /** @type {{ text: string, scope: string | null }[]} */
  const runs = [];
  const push = (/** @type {string} */ text, /** @type {string | null} */ scope) => {
    const last = runs.at(-1);
    if (last && last.scope === scope && scope !== null) last.text += text;
    else runs.push({ text, scope });
  };
  let i = 0;
  while (i < chars.length) {
    const start = i;
    while (i < chars.length && !/\S/.test(chars[i]?.char ?? '')) i++;
    const space = chars
      .slice(start, i)
      .map((c) => c.char)
      .join('');
    const next = chars[i];
    if (space) {
      const last = runs.at(-1);
      if (next && !'<&'.includes(next.char)) next.char = space + next.char;
      else if (last && last.scope !== null) last.text += space;
      else runs.push({ text: space, scope: null });
    }
    if (next) push(next.char, next.scope);
    i++;
  }
  return runs
    .map(({ text, scope }) =>
      scope === null ? `<span class="lk-ws" data-ws="${text}"></span>` : scope ? `<span class="${scope}">${rawText(text)}</span>` : rawText(text),
    )
    .join('');
}

/**
 * Writes text without character references: `<` and `&` stay raw, and where the next character
 * would make them start a tag or a reference, an empty span is put between.
 * @param {string} text
 */
function rawText(text) {
  return text.replace(/([<&])(?=[A-Za-z0-9#/!?])/g, '$1<span></span>');
}

/** @param {string} text */
function escapeText(text) {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
