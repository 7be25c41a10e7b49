// @ts-check

/**
 * Builds a resolver of local `$ref`s (`#/components/…`) for a bundled spec (JSON form): it
 * follows chains of references and returns the node they point to (or `undefined`).
 * @param {any} spec
 * @returns {(node: any) => any}
 */
export function createDeref(spec) {
  return (node) => {
    let current = node;
    // A bound on hops turns a reference cycle into `undefined` rather than a hang.
    for (let hops = 0; current?.$ref && hops < 32; hops++) {
      current = String(current.$ref)
        .slice(2)
        .split('/')
        .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((/** @type {any} */ object, key) => object?.[key], spec);
    }
    return current?.$ref ? undefined : current;
  };
}
